import type { Employer } from '../../../../core/api/employers.ts';
import { RegisterPage as SharedRegisterPage } from '../../registers/RegisterPage.tsx';
import { employerDemo } from './employer-demo.ts';
import { EmployerFormModal } from './EmployerFormModal.tsx';
import { employerRegister } from './employer-register.ts';

// Register perusahaan: the shared register page with the employer's configuration, its form
// for a new employer, and demo employers for an empty register.

const savedEmployer = (employer: Employer) => ({ uid: employer.uid, name: employer.name });

export function RegisterPage() {
  return <SharedRegisterPage config={employerRegister} words="employers" demo={employerDemo} form={(props) => <EmployerFormModal uid={null} {...props} />} savedRecord={savedEmployer} />;
}
