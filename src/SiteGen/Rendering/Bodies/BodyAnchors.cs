using System.Collections;
using System.Globalization;

namespace SiteGen.Rendering.Bodies;

/// <summary>
/// The anchor ids an article body holds (<c>z-START</c> per sentence, <c>p-START</c> per paragraph), kept as two sorted
/// arrays of offsets. A build holds every body's anchors from the bodies stage until the last page is rendered: as a
/// set of id strings they were 65 MB of a 536 MB live heap at 20,000 articles (an id string and a set entry per
/// sentence), as offsets they are a few hundred bytes per article. Enumerates the ids in ordinal order.
/// </summary>
public sealed class BodyAnchors : IReadOnlyCollection<string>
{
    public static readonly BodyAnchors None = new([], [], []);

    private readonly int[] _sentences;
    private readonly int[] _paragraphs;
    // An id of neither form (none is made today; kept so that no id read back from a cache entry is lost).
    private readonly string[] _others;

    private BodyAnchors(int[] sentences, int[] paragraphs, string[] others) =>
        (_sentences, _paragraphs, _others) = (sentences, paragraphs, others);

    public static BodyAnchors Of(IEnumerable<string> ids)
    {
        var sentences = new List<int>();
        var paragraphs = new List<int>();
        var others = new List<string>();
        foreach (var id in ids)
        {
            if (OffsetOf(id, "z-") is { } z) sentences.Add(z);
            else if (OffsetOf(id, "p-") is { } p) paragraphs.Add(p);
            else others.Add(id);
        }
        if (sentences.Count == 0 && paragraphs.Count == 0 && others.Count == 0) return None;
        return new([.. sentences.Distinct().Order()], [.. paragraphs.Distinct().Order()], [.. others.Distinct(StringComparer.Ordinal)]);
    }

    public int Count => _sentences.Length + _paragraphs.Length + _others.Length;

    /// <summary>Whether the body has the anchor of the sentence starting at <paramref name="start"/>.</summary>
    public bool HasSentence(int start) => Array.BinarySearch(_sentences, start) >= 0;

    /// <summary>Whether the body has the anchor of the paragraph starting at <paramref name="start"/>.</summary>
    public bool HasParagraph(int start) => Array.BinarySearch(_paragraphs, start) >= 0;

    public bool Contains(string id) =>
        OffsetOf(id, "z-") is { } z ? HasSentence(z)
        : OffsetOf(id, "p-") is { } p ? HasParagraph(p)
        : Array.IndexOf(_others, id) >= 0;

    public IEnumerator<string> GetEnumerator() =>
        _sentences.Select(RenderedBody.SentenceAnchor)
            .Concat(_paragraphs.Select(RenderedBody.ParagraphAnchor))
            .Concat(_others)
            .Order(StringComparer.Ordinal)
            .GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // Only the form the renderers write ("z-" or "p-", then the offset in invariant digits, no sign or leading zero)
    // is read as an offset, so that an id and its offset always convert back to the same id.
    private static int? OffsetOf(string id, string prefix)
    {
        if (!id.StartsWith(prefix, StringComparison.Ordinal) || id.Length == prefix.Length) return null;
        var digits = id.AsSpan(prefix.Length);
        if (digits.Length > 1 && digits[0] == '0') return null;
        foreach (var c in digits) if (c is < '0' or > '9') return null;
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var offset) ? offset : null;
    }
}
