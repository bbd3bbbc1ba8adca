using System.Text.RegularExpressions;
using SiteGen.Articles;
using SiteGen.Cleaning;
using SiteGen.Temporal;

namespace SiteGen.Events;

/// <summary>
/// The sentences of an article that can hold events: the tagger's sentences clipped to body text paragraphs
/// (headings, pull quotes and furniture such as `Lees terug | …` hold no events of their own). Without paragraphs
/// every sentence counts; without sentences each text paragraph is split at sentence ends.
/// </summary>
internal static partial class ArticleSentences
{
    /// <param name="withCaptions">
    /// Also the photo captions the cleaner set aside as furniture (rules named <c>caption…</c> in
    /// <c>furniture.txt</c>): no event, title or page text comes from a caption, but it says in other words what the
    /// article's news is, which is what dating an undated article by its opening needs.
    /// </param>
    public static IReadOnlyList<Sentence> Of(Article article, bool withCaptions = false)
    {
        var text = article.Source.Text;
        var sentences = article.Temporal.Sentences.Count > 0
            ? article.Temporal.Sentences
            : Split(text, article.Paragraphs.Count > 0 ? [.. article.Paragraphs.Select(p => (p.Start, p.End))] : [(0, text.Length)]);
        var body = article.Paragraphs.Where(p => p.Kind == ParagraphKind.Text || withCaptions && IsCaption(p)).ToList();
        var pieces = new List<Sentence>();
        foreach (var s in sentences)
        {
            if (article.Paragraphs.Count == 0)
            {
                Add(pieces, text, s.Start, s.End, s.Tense, false);
                continue;
            }
            foreach (var p in body.Where(p => p.Start < s.End && s.Start < p.End))
                Add(pieces, text, Math.Max(s.Start, p.Start), Math.Min(s.End, p.End), s.Tense, s.Start <= p.Start);
        }
        return pieces;
    }

    private static bool IsCaption(Paragraph p) =>
        p.Kind == ParagraphKind.Furniture && p.Rule is { } rule && rule.StartsWith("caption", StringComparison.Ordinal);

    /// <summary>The paragraph holding <paramref name="at"/>, or the sentence's own span when there are no paragraphs.</summary>
    public static (int Start, int End) ParagraphAt(Article article, int at, Sentence fallback)
    {
        var p = article.Paragraphs.FirstOrDefault(p => p.Start <= at && at < p.End);
        return p is null ? (fallback.Start, fallback.End) : (p.Start, p.End);
    }

    private static void Add(List<Sentence> pieces, string text, int start, int end, Tense tense, bool opensParagraph)
    {
        var header = Header().Match(text, start, end - start);
        if (header.Success) start = header.Index + header.Length;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        // `brexit De Britse regering …`: a section label in lower case glued to the paragraph's first sentence.
        var label = opensParagraph ? Label().Match(text, start, end - start) : Match.Empty;
        if (label.Success) start = label.Index + label.Length;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        // No real sentence is this long (a scraped page on one line, a run of date words): pieces of bounded length
        // keep every per-sentence step of extraction linear in the article instead of quadratic.
        while (end - start > MaxSentenceLength)
        {
            var cut = text.LastIndexOf(' ', start + MaxSentenceLength, MaxSentenceLength / 2);
            if (cut <= start) cut = start + MaxSentenceLength;
            pieces.Add(new Sentence(start, cut, tense));
            start = cut;
            while (start < end && char.IsWhiteSpace(text[start])) start++;
        }
        if (end > start) pieces.Add(new Sentence(start, end, tense));
    }

    /// <summary>The longest span treated as one sentence; news sentences stay far below it.</summary>
    public const int MaxSentenceLength = 1000;

    private static List<Sentence> Split(string text, IReadOnlyList<(int Start, int End)> blocks)
    {
        var sentences = new List<Sentence>();
        foreach (var (start, end) in blocks)
        {
            var from = start;
            foreach (Match m in SentenceEnd().Matches(text[start..end]))
            {
                sentences.Add(new Sentence(from, start + m.Index + 1, Tense.Unknown));
                from = start + m.Index + m.Length;
            }
            if (from < end) sentences.Add(new Sentence(from, end, Tense.Unknown));
        }
        return sentences;
    }

    // The ` date 2022-02` header some scraped files open with is not part of the lead sentence.
    [GeneratedRegex(@"\G\s*date \d{4}(-\d{2}){0,2}\b")]
    private static partial Regex Header();

    // A lower-case word of four letters or more that is no conjunction, then a capitalised article opening the sentence.
    [GeneratedRegex(@"\G(?!(?:maar|want|toen|omdat|terwijl|zodat|nadat|sinds|doordat|zowel|noch)\b)\p{Ll}[\p{Ll}-]{3,} (?=(?:De|Het|Een) \p{L})")]
    private static partial Regex Label();

    [GeneratedRegex(@"[.!?](?=\s+['""‘“]?\p{Lu})\s+")]
    private static partial Regex SentenceEnd();
}
