/** Which department a ticket goes to, by its type (DOMAIN.md, problem tracking form). */
import type { Department, TicketType } from './values';

const DEPARTMENT_BY_TYPE: Readonly<Record<TicketType, Department>> = {
  Inquiry: 'Sales',
  Technical: 'Technical Support',
  Complaint: 'Service Supervisor',
};

export const departmentFor = (type: TicketType): Department => DEPARTMENT_BY_TYPE[type];
