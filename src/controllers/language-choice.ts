/**
 * The resident's choice of language over the page's `lang`. A kiosk returns to the page's language for the
 * next person, who must not meet the last person's.
 */
export class LanguageChoice {
  /** The page's language while the resident has chosen another one. */
  private pageLang: string | undefined;

  constructor(private readonly host: { lang: string }) {}

  choose(code: string): void {
    this.pageLang ??= this.host.lang;
    this.host.lang = code;
  }

  backToPage(): void {
    if (this.pageLang === undefined) return;
    this.host.lang = this.pageLang;
    this.pageLang = undefined;
  }
}
