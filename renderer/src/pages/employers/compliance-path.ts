/** The compliance list's screen (Kepatuhan pemberi kerja). */
export const compliancePath = '/register/kepatuhan';
