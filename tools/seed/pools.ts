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
/**
 * A ticket's Subject, and what its customer said about it (one of these for Description): the
 * weekly problem report counts the words of both, so they say what went wrong, as people write it.
 */
export interface TicketTopic {
  readonly subject: string;
  readonly said: readonly string[];
}

export const TICKET_TOPICS: Record<string, readonly TicketTopic[]> = {
  Inquiry: [
    {
      subject: 'Question about license renewal pricing',
      said: [
        'Asks what next year\u2019s license costs for the same number of seats.',
        'Wants to know whether a two-year renewal is cheaper than two single years.',
        'Budget meeting on Friday: needs the renewal price in writing before then.',
      ],
    },
    {
      subject: 'How to add more user seats',
      said: [
        'Three new staff start next month; how are seats added and is billing prorated?',
        'Wants five more seats for the branch office, on the same contract.',
        'Asks if seats can be moved from people who left to new starters.',
      ],
    },
    {
      subject: 'Invoice copy requested',
      said: [
        'Finance lost the October invoice and needs a copy for the audit.',
        'Needs the invoice reissued with the company tax number on it.',
        'Asks for all invoices of this year as one PDF.',
      ],
    },
    {
      subject: 'Upgrade options for next year',
      said: [
        'Planning next year\u2019s budget: which edition has the reporting module?',
        'Asks what an upgrade to the enterprise edition costs and what it adds.',
        'Wants a demo of the warehouse features before deciding on the upgrade.',
      ],
    },
  ],
  Technical: [
    {
      subject: 'Login fails after password reset',
      said: [
        'After the password reset the login page goes back to the sign-in screen.',
        'Two users cannot log in since their password reset; clearing the cache did not help.',
        'Password reset email arrives, but the new password is refused at login.',
      ],
    },
    {
      subject: 'Report export times out',
      said: [
        'The monthly sales report export stops with a timeout after ten minutes.',
        'Export of the full year report times out; one month at a time works.',
        'Report export has timed out every night since the weekend.',
      ],
    },
    {
      subject: 'Sync with warehouse scanners stopped',
      said: [
        'Warehouse scanners stopped syncing stock counts at 8:00; orders picked from stale stock.',
        'Scanners show offline since the router was replaced; stock sync stopped.',
        'Stock counts from the scanners arrive hours late, when they arrive at all.',
      ],
    },
    {
      subject: 'Dashboard shows yesterday\u2019s figures',
      said: [
        'The dashboard still shows yesterday\u2019s sales after the nightly refresh.',
        'Dashboard figures are a day behind; the report page has today\u2019s.',
        'Sales dashboard has not refreshed since Monday night.',
      ],
    },
    {
      subject: 'API returns error 500 on order upload',
      said: [
        'Order uploads through the API fail with error 500 since this morning\u2019s release.',
        'About one order upload in ten fails with error 500; retrying works.',
        'Bulk order upload returns error 500 for files over 1,000 lines.',
      ],
    },
    {
      subject: 'Email notifications not arriving',
      said: [
        'Order confirmation emails stopped reaching customers yesterday.',
        'Notification emails arrive hours late, some not at all; not in spam.',
        'Staff get no email notifications for new orders since the update.',
      ],
    },
  ],
  Complaint: [
    {
      subject: 'Engineer arrived two hours late',
      said: [
        'The engineer booked for 9:00 arrived at 11:00 without calling; the line waited.',
        'Second late visit this month: nobody called to say the engineer was delayed.',
        'Engineer came two hours late and had to leave before the fix was tested.',
      ],
    },
    {
      subject: 'Repeated outage this week',
      said: [
        'Third outage this week; staff could not enter orders for an hour each time.',
        'The system went down again during the morning rush, second time this week.',
        'Outages every afternoon this week; wants a cause and a compensation plan.',
      ],
    },
    {
      subject: 'Invoice amount does not match the contract',
      said: [
        'The invoice charges for 50 seats; the contract says 40.',
        'Invoice uses last year\u2019s price list, not the contract price.',
        'Charged twice for the same month\u2019s support fee.',
      ],
    },
    {
      subject: 'No reply to earlier request',
      said: [
        'Asked about the training dates two weeks ago and has had no answer.',
        'Third email about the same question with no reply; considering other suppliers.',
        'Was promised a call back last week; nobody called.',
      ],
    },
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
