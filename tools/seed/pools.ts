/** Word lists the sample data is made from: a B2B firm in China selling software and services. */
export const STAFF = [
  'wang.fang@example.com',
  'li.wei@example.com',
  'zhang.min@example.com',
  'chen.jing@example.com',
  'liu.yang@example.com',
] as const;

export const CITIES = [
  'Shanghai',
  'Hangzhou',
  'Suzhou',
  'Shenzhen',
  'Nanjing',
  'Chengdu',
  'Wuhan',
  'Beijing',
  'Xiamen',
  'Ningbo',
];
export const NAME_WORDS = [
  'Lantern',
  'Jade',
  'Harbor',
  'Summit',
  'Bamboo',
  'Crane',
  'Pearl',
  'Silk Road',
  'Evergreen',
  'Golden Bridge',
  'Redwood',
  'Bluewave',
  'Sunrise',
  'Northstar',
  'Lotus',
  'Peak',
  'Riverbend',
  'Orchid',
  'Phoenix',
  'Cloudline',
];
export const NAME_KINDS = [
  'Technology',
  'Manufacturing',
  'Logistics',
  'Trading',
  'Medical Devices',
  'Foods',
  'Retail',
  'Education',
  'Energy',
  'Textiles',
];
export const SUFFIXES = ['Co., Ltd.', 'Ltd.', 'Group', 'Inc.', 'Co.'];
export const INDUSTRIES: Record<string, string> = {
  Technology: 'Software',
  Manufacturing: 'Manufacturing',
  Logistics: 'Logistics',
  Trading: 'Wholesale',
  'Medical Devices': 'Healthcare',
  Foods: 'Food & Beverage',
  Retail: 'Retail',
  Education: 'Education',
  Energy: 'Energy',
  Textiles: 'Manufacturing',
};
export const BUSINESSES = [
  'Contract electronics assembly',
  'Cold-chain distribution',
  'Online retail of home goods',
  'Hospital equipment',
  'Vocational training',
  'Solar panel installation',
  'Packaged snacks',
  'Cross-border trade',
  'Industrial sensors',
  'Apparel',
];
export const SURNAMES = [
  'Wang',
  'Li',
  'Zhang',
  'Liu',
  'Chen',
  'Yang',
  'Zhao',
  'Huang',
  'Zhou',
  'Wu',
  'Xu',
  'Sun',
  'Ma',
  'Zhu',
  'Hu',
];
export const GIVEN = [
  'Wei',
  'Fang',
  'Na',
  'Min',
  'Jing',
  'Lei',
  'Qiang',
  'Yan',
  'Jie',
  'Tao',
  'Hui',
  'Xin',
  'Ling',
  'Bo',
  'Yu',
];
export const TITLES = [
  'IT Manager',
  'Operations Director',
  'Purchasing Manager',
  'CEO',
  'CTO',
  'Head of Customer Service',
  'Finance Manager',
];
export const NEEDS: Array<[needs: string, keywords: string]> = [
  ['Replace spreadsheets for order tracking with a shared system', 'order tracking, ERP'],
  ['Integrate the warehouse scanners with the inventory database', 'inventory, barcode, integration'],
  ['A customer portal for service requests', 'portal, self-service'],
  ['Reporting dashboards for the sales team', 'reporting, BI'],
  ['Migrate on-premise servers to the cloud', 'cloud migration'],
  ['Training for new staff on the platform', 'training'],
  ['Custom approval workflow for purchase orders', 'workflow, approvals'],
];
export const TICKET_SUBJECTS: Record<string, string[]> = {
  Inquiry: [
    'Question about license renewal pricing',
    'How to add more user seats',
    'Invoice copy requested',
    'Upgrade options for next year',
  ],
  Technical: [
    'Login fails after password reset',
    'Report export times out',
    'Sync with warehouse scanners stopped',
    'Dashboard shows yesterday\u2019s figures',
    'API returns error 500 on order upload',
    'Email notifications not arriving',
  ],
  Complaint: [
    'Engineer arrived two hours late',
    'Repeated outage this week',
    'Invoice amount does not match the contract',
    'No reply to earlier request',
  ],
};
export const SOLUTIONS = [
  'Reset the SSO binding and confirmed login with the customer.',
  'Raised the export timeout and split the report by month.',
  'Restarted the sync service and patched the scanner driver.',
  'Sent the corrected invoice and credited the difference.',
  'Explained the options by phone and emailed the quote.',
  'Scheduled the engineer visit and confirmed the fix on site.',
];
export const SUGGESTIONS = [
  'Faster first reply',
  'More proactive updates',
  'Clearer invoices',
  'Keep the same engineer',
];
export const INTERACTION_SUBJECTS: Record<string, string[]> = {
  Sales: ['Renewal quote', 'Product demo', 'Pricing for extra seats', 'Contract terms review'],
  Care: [
    'Quarterly check-in',
    'Satisfaction follow-up',
    'Holiday greetings and usage review',
    'Onboarding check',
  ],
  Support: ['Follow-up on open ticket', 'Walkthrough of new release', 'Performance review call'],
};
export const DETAILS = [
  'Went through the renewal quote line by line; {contact} will confirm the budget by {day}.',
  'Demoed the reporting module to {contact} and two analysts; they want a trial with their own data.',
  'Reviewed last quarter\u2019s tickets with {contact}; agreed a monthly service review.',
  'Explained the new release notes; {contact} asked for training for five new staff.',
  '{contact} reported the scanners are stable since the patch; no further action needed.',
  'Discussed the delayed invoice; promised a corrected copy by {day}.',
  'Checked usage figures with {contact}: logins up 20%; suggested the mobile app for field staff.',
];
export const FEEDBACK = [
  'Happy with the response time',
  'Wants clearer monthly reports',
  'Concerned about price increase',
  '',
];
export const NEXT_ACTIONS = [
  'Send revised quote',
  'Book training session',
  'Call to confirm budget',
  'Send case study',
];
export const SURVEY_COMMENTS = [
  'Engineer was very patient',
  'Please reply faster on weekends',
  'Good product, pricey',
  'Invoices are confusing',
  '',
];
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
