using SiteGen.Articles;
using SiteGen.Caching.Store;
using SiteGen.Cleaning;
using SiteGen.Diagnostics;
using SiteGen.Loading;
using SiteGen.Temporal;

namespace SiteGen.Caching.ByContent;

/// <summary>
/// A <see cref="LoadedArticle"/> in the cache's binary form. The article's source text is not stored: the loader
/// reads the file to hash it anyway, and hands the decoded text (<paramref name="text"/>, asked for only when an
/// entry needs it) to the reader, which puts it back and takes the text of each date expression from it.
/// </summary>
public sealed class LoadedArticleCodec(Func<string> text) : ICacheCodec<LoadedArticle>
{
    public void Write(EntryWriter w, LoadedArticle value)
    {
        w.WriteStrings(value.RelativePath, value.ContentHash);
        w.WriteOptional(value.Article, WriteArticle);
        w.WriteList(value.Diagnostics, WriteDiagnostic);
    }

    public LoadedArticle Read(EntryReader r) =>
        new(r.ReadString(), r.ReadString(), r.ReadOptional(ReadArticle), r.ReadList(ReadDiagnostic));

    private static void WriteArticle(EntryWriter w, Article a)
    {
        w.WriteStrings(a.Source.Id, a.Source.RelativePath, a.Source.ContentHash);
        w.WriteEnum(a.Format);
        WriteMeta(w, a.Meta);
        w.WriteStrings(a.Slug, a.Title);
        w.WriteList(a.Paragraphs, static (w, p) =>
        {
            w.WriteRange(p.Start, p.End);
            w.WriteEnum(p.Kind);
            w.WriteString(p.Rule);
        });
        var temporal = a.Temporal;
        w.WriteOptional(temporal.DocumentDate, static (w, d) =>
        {
            w.WriteString(d.Value);
            w.WriteBool(d.Estimated);
            w.WriteString(d.Source);
            w.WriteString(d.Evidence);
            w.WriteString(d.From);
        });
        w.WriteList(temporal.Sentences, static (w, s) =>
        {
            w.WriteRange(s.Start, s.End);
            w.WriteEnum(s.Tense);
        });
        var text = a.Source.Text;
        w.WriteList(temporal.Matches, (w, m) =>
        {
            w.WriteRange(m.Start, m.End);
            w.WriteSpanText(m.Text, text, m.Start, m.End);
            w.WriteEnum(m.Type);
            w.WriteString(m.Value);
            w.WriteEnum(m.Mod);
            w.WriteString(m.Rule);
        });
        w.WriteList(temporal.Problems, (w, p) =>
        {
            w.WriteRange(p.Start, p.End);
            w.WriteSpanText(p.Text, text, p.Start, p.End);
            w.WriteString(p.Message);
        });
        w.WriteString(temporal.Failure);
    }

    private Article ReadArticle(EntryReader r)
    {
        var source = new SourceFile(r.ReadString(), r.ReadString(), text(), r.ReadString());
        var format = r.ReadEnum<ArticleFormat>();
        var meta = ReadMeta(r);
        var slug = r.ReadString();
        var title = r.ReadString();
        var paragraphs = r.ReadList(static r =>
        {
            var (start, end) = r.ReadRange();
            return new Paragraph(start, end, r.ReadEnum<ParagraphKind>()) { Rule = r.ReadNullableSharedString() };
        });
        var date = r.ReadOptional(static r => new DocumentDate(r.ReadString(), r.ReadBool(), r.ReadSharedString(), r.ReadNullableString(), r.ReadNullableString()));
        var sentences = r.ReadList(static r =>
        {
            var (start, end) = r.ReadRange();
            return new Sentence(start, end, r.ReadEnum<Tense>());
        });
        var matches = r.ReadList(r =>
        {
            var (start, end) = r.ReadRange();
            return new TemporalMatch(start, end, r.ReadSpanText(source.Text, start, end), r.ReadEnum<TimexType>(), r.ReadSharedString(), r.ReadEnum<TimexMod>(), r.ReadSharedString());
        });
        var problems = r.ReadList(r =>
        {
            var (start, end) = r.ReadRange();
            return new TemporalProblem(start, end, r.ReadSpanText(source.Text, start, end), r.ReadString());
        });
        var failure = r.ReadNullableString();
        return new Article(source, format, meta, slug, title, paragraphs,
            new TemporalAnalysis(date, sentences, matches) { Problems = problems, Failure = failure });
    }

    private static void WriteMeta(EntryWriter w, FrontMatter m)
    {
        w.WriteStrings(m.Title, m.Date, m.Source, m.Url, m.Author);
        w.WriteOptional(m.Tags, static (w, tags) => w.WriteList(tags, static (w, t) => w.WriteString(t)));
        w.WriteString(m.Lang);
    }

    private static FrontMatter ReadMeta(EntryReader r) =>
        new(r.ReadNullableString(), r.ReadNullableString(), r.ReadNullableString(), r.ReadNullableString(), r.ReadNullableString(),
            r.ReadOptional(static r => r.ReadList(static r => r.ReadSharedString())), r.ReadNullableString());

    /// <summary>A diagnostic as every cached entry that carries diagnostics writes it.</summary>
    internal static void WriteDiagnostic(EntryWriter w, Diagnostic d)
    {
        w.WriteEnum(d.Severity);
        w.WriteStrings(d.Code, d.File);
        w.WriteInt(d.Line);
        w.WriteInt(d.Column);
        w.WriteStrings(d.Message, d.Fix);
    }

    internal static Diagnostic ReadDiagnostic(EntryReader r) =>
        new(r.ReadEnum<Severity>(), r.ReadSharedString(), r.ReadString(), r.ReadInt(), r.ReadInt(), r.ReadString(), r.ReadNullableString());
}
