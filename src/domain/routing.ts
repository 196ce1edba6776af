/** Which department a ticket goes to, by its type (DOMAIN.md, problem tracking form). */
import { type Department, TICKET_TYPES, type TicketType } from './values';

const DEPARTMENT_BY_TYPE: Readonly<Record<TicketType, Department>> = {
  Inquiry: 'Sales',
  Technical: 'Technical Support',
  Complaint: 'Service Supervisor',
};

export const departmentFor = (type: TicketType): Department => DEPARTMENT_BY_TYPE[type];

/** A ticket's department as its row states it, else as its type routes it ('' for neither). */
export function departmentOf(department: string, type: string): string {
  const known = TICKET_TYPES.find((t) => t === type);
  return department || (known ? departmentFor(known) : '');
}

/** Who leads a department: its supervisor, else the first manager ('' when Settings name neither). */
export function leadOf(
  people: {
    readonly supervisors: Readonly<Record<Department, string>>;
    readonly managers: readonly string[];
  },
  department: string,
): string {
  return people.supervisors[department as Department] || people.managers[0] || '';
}
