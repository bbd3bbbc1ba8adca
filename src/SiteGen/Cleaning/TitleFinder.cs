using System.Text;
using Markdig;
using SiteGen.Loading;

namespace SiteGen.Cleaning;

/// <summary>
/// Chooses an article's title, strongest first: front matter; a headline line the article carries before its
/// first paragraph of text (after any dateline or caption furniture); a headline made from the lead sentence,
/// cut at a clause boundary; the file name; a fixed fallback. Never returns an empty title.
/// </summary>
public sealed class TitleFinder(LeadHeadline lead, string untitled)
{
    private const int MaxScan = 2000;

    public static TitleFinder ForLanguage(string language)
    {
        var untitled = LanguageData.Lines(language, "untitled.txt").Select(l => l.Text).FirstOrDefault() ?? "Untitled";
        return new TitleFinder(LeadHeadline.ForLanguage(language), untitled);
    }

    public TitleChoice Find(string text, ArticleFormat format, FrontMatter meta, IReadOnlyList<Paragraph> paragraphs, string id)
    {
        if (Normalize(meta.Title ?? "", 300) is { Length: > 0 } given) return new TitleChoice(given, "front-matter");

        var firstBody = -1;
        for (var i = 0; i < paragraphs.Count; i++)
            if (paragraphs[i].Kind != ParagraphKind.Furniture) { firstBody = i; break; }

        // A headline must head something: with no body after it, the line is the body and the title is made from it.
        var hasBodyAfter = firstBody >= 0 && paragraphs.Skip(firstBody + 1).Any(p => p.Kind != ParagraphKind.Furniture);
        if (hasBodyAfter && paragraphs[firstBody] is { Kind: ParagraphKind.Heading } headline
            && Normalize(PlainText(text, headline, format), 300) is { Length: > 0 } line)
            return new TitleChoice(line, "headline", firstBody);

        // `Wet sluiting gasveld gaat vrijdag al in⏎De wet die …`: a scraped headline line with no blank line after it.
        if (firstBody >= 0 && paragraphs[firstBody].Kind == ParagraphKind.Text && GluedHeadline(PlainText(text, paragraphs[firstBody], format)) is { } glued)
            return new TitleChoice(glued, "headline-line", firstBody);

        foreach (var p in paragraphs)
        {
            if (p is not { Kind: ParagraphKind.Text or ParagraphKind.Quote }) continue;
            if (lead.From(Normalize(PlainText(text, p, format), MaxScan)) is { Length: > 0 } made)
                return new TitleChoice(made, "lead");
        }

        var fromName = Normalize(id.Replace('_', ' ').Replace('-', ' ').Trim('.', ' '), 90);
        return fromName.Any(char.IsLetter) ? new TitleChoice(fromName, "file-name") : new TitleChoice(untitled, "fallback");
    }

    /// <summary>The most characters a headline line glued to its body has.</summary>
    private const int GluedHeadlineLength = 120;

    // The first line of a paragraph that goes on in the next line, when it is a few words with no punctuation to end or
    // continue a sentence and the next line starts a sentence: a headline the scrape did not set apart.
    private static string? GluedHeadline(string paragraph)
    {
        var newline = paragraph.IndexOf('\n');
        if (newline <= 0 || newline > GluedHeadlineLength) return null;
        var line = paragraph[..newline].Trim();
        var next = paragraph.AsSpan(newline + 1).TrimStart();
        if (line.Length == 0 || next.IsEmpty || !char.IsUpper(next[0]) || line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 3) return null;
        if (".!?:;,…".Contains(line[^1]) || !char.IsUpper(line[0])) return null;
        return Normalize(line, 300);
    }

    private static string PlainText(string text, Paragraph p, ArticleFormat format)
    {
        var raw = text[p.Start..Math.Min(p.End, p.Start + MaxScan)];
        if (format != ArticleFormat.Markdown) return raw;
        try
        {
            return Markdown.ToPlainText(raw, MarkdownBlockReader.Pipeline);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or InsufficientExecutionStackException)
        {
            return raw;
        }
    }

    /// <summary>One line: whitespace and control characters collapsed to single spaces, at most <paramref name="max"/> characters.</summary>
    internal static string Normalize(string value, int max)
    {
        var sb = new StringBuilder(Math.Min(value.Length, max));
        var space = false;
        foreach (var c in value)
        {
            if (sb.Length >= max) break;
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\uFEFF') { space = sb.Length > 0; continue; }
            if (space) sb.Append(' ');
            space = false;
            sb.Append(c);
        }
        if (sb.Length > 0 && char.IsHighSurrogate(sb[^1])) sb.Length--;
        return sb.ToString();
    }
}
