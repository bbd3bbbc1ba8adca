using SiteGen.Diagnostics;
using SiteGen.Loading;

namespace SiteGen.Cleaning;

/// <summary>
/// The clean stage for one article: blocks and furniture (<see cref="TextCleaner"/>), the title
/// (<see cref="TitleFinder"/>) and the slug made from it. An article with no body text is skipped with a warning.
/// </summary>
public sealed class ArticleCleaner(string language)
{
    private readonly TextCleaner _cleaner = TextCleaner.ForLanguage(language);
    private readonly TitleFinder _titles = TitleFinder.ForLanguage(language);

    public CleanedArticle? Clean(SourceArticle loaded, DiagnosticBag diagnostics)
    {
        var (source, format, front) = loaded;
        var body = _cleaner.Clean(source.Text, front.BodyStart, format, source.RelativePath, diagnostics);
        if (!body.Paragraphs.Any(p => p.Kind != ParagraphKind.Furniture))
        {
            diagnostics.Warning("SG0108", source.RelativePath, 0, 0, "The article has no body text (only front matter or furniture); skipped.",
                "Write the article text below the front matter, or remove the file.");
            return null;
        }

        var meta = front.Meta.Author is null && body.Author is not null ? front.Meta with { Author = body.Author } : front.Meta;
        var title = _titles.Find(source.Text, format, meta, body.Paragraphs, source.Id);
        var paragraphs = body.Paragraphs.ToList();
        if (title.ParagraphIndex is { } i && title.Source == "headline-line")
            SplitTitleLine(source.Text, paragraphs, i);
        else if (title.ParagraphIndex is { } j)
            paragraphs[j] = paragraphs[j] with { Kind = ParagraphKind.Furniture, Rule = "title" };
        LanguageCheck.Report(source.Text, paragraphs, language, source.RelativePath, diagnostics);
        return new CleanedArticle(loaded, meta, SlugMaker.ForArticle(title.Title, source.Id), title.Title, paragraphs);
    }

    // `Cameron kondigt ontslag aan⏎David Cameron treedt af …`: the headline line the scrape glued to the lead is the
    // title, as a headline line set apart by a blank line is: furniture, so it is neither the lead nor an event of its
    // own, and the page does not print it twice. The rest of the paragraph stays body text.
    private static void SplitTitleLine(string text, List<Paragraph> paragraphs, int index)
    {
        var p = paragraphs[index];
        var newline = text.IndexOf('\n', p.Start, p.End - p.Start);
        if (newline < 0) return;
        var rest = newline + 1;
        while (rest < p.End && char.IsWhiteSpace(text[rest])) rest++;
        if (rest >= p.End) return;
        var lineEnd = newline;
        while (lineEnd > p.Start && char.IsWhiteSpace(text[lineEnd - 1])) lineEnd--;
        paragraphs[index] = new Paragraph(p.Start, lineEnd, ParagraphKind.Furniture) { Rule = "title" };
        paragraphs.Insert(index + 1, p with { Start = rest });
    }
}
