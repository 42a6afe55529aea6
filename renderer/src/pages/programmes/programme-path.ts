/** Where one vulnerable-worker programme's page is. */
export const programmePath = (uid: string) => `/program-rentan/${uid}`;
