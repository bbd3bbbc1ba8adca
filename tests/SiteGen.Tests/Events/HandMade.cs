using SiteGen.Articles;
using SiteGen.Cleaning;
using SiteGen.Loading;
using SiteGen.Temporal;

namespace SiteGen.Tests.Events;

/// <summary>
/// Builds articles with a hand-written temporal analysis, so event tests do not depend on the tagger. Dates are
/// given as (text, value) pairs and found in the text in order; sentences end at ". " and paragraphs at blank lines.
/// </summary>
internal static class HandMade
{
    public static Article Article(string id, string text, string? dct, params (string Text, string Value)[] dates) =>
        Article(id, text, dct, "", dates);

    public static Article Article(string id, string text, string? dct, string title, params (string Text, string Value)[] dates)
    {
        var matches = new List<TemporalMatch>();
        var from = 0;
        foreach (var (expr, value) in dates)
        {
            var at = text.IndexOf(expr, from, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"'{expr}' not in text after {from}");
            var type = value.StartsWith('P') ? TimexType.Duration : value.Contains("T") && char.IsDigit(value[^1]) ? TimexType.Time : TimexType.Date;
            var mod = expr.StartsWith("begin", StringComparison.OrdinalIgnoreCase) ? TimexMod.Start
                : expr.StartsWith("eind", StringComparison.OrdinalIgnoreCase) ? TimexMod.End : TimexMod.None;
            matches.Add(new TemporalMatch(at, at + expr.Length, expr, type, value, mod, "hand"));
            from = at + expr.Length;
        }
        var date = dct is null ? null : new DocumentDate(dct, false, "header");
        var analysis = new TemporalAnalysis(date, Sentences(text), matches);
        var source = new SourceFile(id, id + ".txt", text, "hash");
        return new Article(source, ArticleFormat.PlainText, FrontMatter.Empty, id, title, Paragraphs(text), analysis);
    }

    public static IReadOnlyList<Sentence> Sentences(string text)
    {
        var result = new List<Sentence>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var end = text[i] is '.' or '?' or '!' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]));
            var blank = text[i] == '\n' && i + 1 < text.Length && text[i + 1] == '\n';
            if (!end && !blank) continue;
            if (text[start..(i + 1)].Trim().Length > 0) result.Add(new Sentence(start, i + 1, TenseOf(text[start..(i + 1)])));
            start = i + 1;
        }
        if (text[start..].Trim().Length > 0) result.Add(new Sentence(start, text.Length, TenseOf(text[start..])));
        return result;
    }

    private static Tense TenseOf(string sentence) =>
        sentence.Contains(" zal ") || sentence.Contains(" zullen ") ? Tense.Future : Tense.Unknown;

    private static IReadOnlyList<Paragraph> Paragraphs(string text)
    {
        var result = new List<Paragraph>();
        var start = 0;
        foreach (var block in text.Split("\n\n"))
        {
            var kind = block.StartsWith("Lees ", StringComparison.Ordinal) ? ParagraphKind.Furniture
                : block.Length < 40 && !block.TrimEnd().EndsWith('.') ? ParagraphKind.Heading : ParagraphKind.Text;
            result.Add(new Paragraph(start, start + block.Length, kind));
            start += block.Length + 2;
        }
        return result;
    }
}
