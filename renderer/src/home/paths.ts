/** Where Beranda lives (no leading slash, as routes are declared): the app opens on it after sign-in and after the first-start setup. */
export const homePath = 'beranda';
