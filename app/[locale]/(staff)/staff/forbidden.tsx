import { StaffForbidden } from '@/components/staff/staff-forbidden';

export default function Forbidden() {
  return <StaffForbidden />;
}
