import type { StaffMessages } from './en';

export const ar = {
  signInSubject: (orgName: string) => `رابط تسجيل الدخول إلى ${orgName}`,
  signInHeading: 'تسجيل الدخول إلى Haven',
  signInIntro: (orgName: string) =>
    `طلب شخص ما (نأمل أن تكون أنت) تسجيل الدخول إلى صفحات فريق ${orgName} بهذا العنوان.`,
  inviteSubject: (orgName: string) => `أنت مدعو للانضمام إلى ${orgName} على Haven`,
  inviteHeading: 'لديك دعوة',
  inviteIntro: (orgName: string, role: string) =>
    `أنت مدعو للانضمام إلى فريق ${orgName} بدور ${role}.`,
  button: 'افتح صفحة تسجيل الدخول',
  validity: (minutes: number) =>
    `يعمل الرابط مرة واحدة خلال ${minutes} دقيقة. يفتح صفحة تؤكد فيها تسجيل الدخول.`,
  validityDays: (days: number) => `يعمل الرابط مرة واحدة خلال ${days} أيام.`,
  ignore: 'إن لم تطلبه فتجاهل هذه الرسالة: لا يمكن لأحد تسجيل الدخول من دون الرابط.',
  roles: { owner: 'مالك', fundraiser: 'جمع التبرعات', finance: 'المالية', viewer: 'اطلاع' },
} satisfies StaffMessages;
