namespace SiteGen.Loading;

public enum ArticleFormat { PlainText, Markdown }
