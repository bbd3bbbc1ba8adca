using SiteGen.Articles;
using SiteGen.Cleaning;
using SiteGen.Loading;
using SiteGen.Temporal;

namespace SiteGen.Tests.Support;

/// <summary>
/// Builds <see cref="Article"/> records by hand for rendering tests, independent of the loader and the tagger:
/// paragraphs are the text's blank-line separated blocks; sentences and matches are given by the phrase they cover.
/// </summary>
internal sealed class ArticleBuilder(string id, string text)
{
    private readonly List<TemporalMatch> _matches = [];
    private readonly List<Sentence> _sentences = [];
    private DocumentDate? _date;
    private ArticleFormat _format = ArticleFormat.PlainText;
    private FrontMatter _meta = FrontMatter.Empty;
    private string? _title;

    public ArticleBuilder Dated(string value, bool estimated = false) { _date = new DocumentDate(value, estimated, "test"); return this; }

    public ArticleBuilder Markdown() { _format = ArticleFormat.Markdown; return this; }

    public ArticleBuilder Titled(string title) { _title = title; return this; }

    public ArticleBuilder Meta(FrontMatter meta) { _meta = meta; return this; }

    public ArticleBuilder Match(string phrase, string value, TimexType type = TimexType.Date, TimexMod mod = TimexMod.None)
    {
        var start = text.IndexOf(phrase, StringComparison.Ordinal);
        if (start < 0) throw new ArgumentException($"'{phrase}' not in text");
        _matches.Add(new TemporalMatch(start, start + phrase.Length, phrase, type, value, mod, "test"));
        return this;
    }

    public ArticleBuilder Sentence(string phrase)
    {
        var start = text.IndexOf(phrase, StringComparison.Ordinal);
        if (start < 0) throw new ArgumentException($"'{phrase}' not in text");
        _sentences.Add(new Sentence(start, start + phrase.Length, Tense.Unknown));
        return this;
    }

    public Article Build()
    {
        var paragraphs = new List<Paragraph>();
        var at = 0;
        foreach (var block in text.Split("\n\n"))
        {
            if (block.Trim().Length > 0)
            {
                var kind = block.StartsWith('#') ? ParagraphKind.Heading : ParagraphKind.Text;
                paragraphs.Add(new Paragraph(at, at + block.Length, kind));
            }
            at += block.Length + 2;
        }
        var source = new SourceFile(id, id + (_format == ArticleFormat.Markdown ? ".md" : ".txt"), text, "hash-" + id);
        return new Article(source, _format, _meta, id, _title ?? id, paragraphs,
            new TemporalAnalysis(_date, _sentences.OrderBy(s => s.Start).ToList(), _matches.OrderBy(m => m.Start).ToList()));
    }
}
