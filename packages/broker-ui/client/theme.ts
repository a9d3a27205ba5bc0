const KEY = 'treaty-theme';

/** The theme a person picked ('light' or 'dark'), or the system's. */
export function currentTheme(): 'light' | 'dark' {
  const saved = localStorage.getItem(KEY);
  if (saved === 'light' || saved === 'dark') return saved;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** Apply a theme to the page and remember it. */
export function applyTheme(theme: 'light' | 'dark', remember = false): void {
  document.documentElement.dataset.theme = theme;
  if (remember) localStorage.setItem(KEY, theme);
}
