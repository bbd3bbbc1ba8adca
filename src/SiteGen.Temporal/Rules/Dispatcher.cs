namespace SiteGen.Temporal.Rules;

/// <summary>
/// Picks the regexes worth trying at a token start from their <see cref="FirstSet"/>s: a trie over the literal
/// word prefixes (walked with the lower-cased token, so compounds such as <c>gisteravond</c> reach <c>gister</c>)
/// plus those that may start with any digit, letter or other character. Candidates come out in priority order.
/// </summary>
public sealed class Dispatcher
{
    private readonly Node _root = new();
    private readonly int[] _anyDigit, _anyLetter, _anyOther;

    public Dispatcher(IReadOnlyList<FirstSet> sets)
    {
        Count = sets.Count;
        for (var i = 0; i < sets.Count; i++)
            foreach (var prefix in sets[i].Prefixes)
            {
                var node = _root;
                foreach (var c in prefix) node = node.Child(c) ?? node.Add(c);
                node.Items = node.Items is null ? [i] : [.. node.Items, i];
            }
        _anyDigit = Enumerable.Range(0, sets.Count).Where(i => sets[i].AnyDigit).ToArray();
        _anyLetter = Enumerable.Range(0, sets.Count).Where(i => sets[i].AnyLetter).ToArray();
        _anyOther = Enumerable.Range(0, sets.Count).Where(i => sets[i].AnyOther).ToArray();
    }

    public int Count { get; }

    /// <summary>Fills <paramref name="into"/> with the indexes to try at <paramref name="at"/>, ascending.</summary>
    public void Candidates(string text, int at, List<int> into)
    {
        into.Clear();
        var c = text[at];
        if (char.IsDigit(c)) { into.AddRange(_anyDigit); return; }
        if (!char.IsLetter(c)) { into.AddRange(_anyOther); return; }
        into.AddRange(_anyLetter);
        var node = _root;
        for (var i = at; i < text.Length; i++)
        {
            if (node.Child(char.ToLowerInvariant(text[i])) is not { } next) break;
            node = next;
            if (node.Items is not null) into.AddRange(node.Items);
        }
        if (into.Count > 1)
        {
            into.Sort();
            var w = 1;
            for (var r = 1; r < into.Count; r++) if (into[r] != into[w - 1]) into[w++] = into[r];
            into.RemoveRange(w, into.Count - w);
        }
    }

    /// <summary>True when anything at all may start at <paramref name="at"/> (for a one-entry dispatcher: a trigger).</summary>
    public bool Hits(string text, int at)
    {
        var c = text[at];
        if (char.IsDigit(c)) return _anyDigit.Length > 0;
        if (!char.IsLetter(c)) return _anyOther.Length > 0;
        if (_anyLetter.Length > 0) return true;
        var node = _root;
        for (var i = at; i < text.Length; i++)
        {
            if (node.Child(char.ToLowerInvariant(text[i])) is not { } next) return false;
            node = next;
            if (node.Items is not null) return true;
        }
        return false;
    }

    /// <summary>
    /// True where an expression may begin: a letter not preceded by a letter or hyphen, a digit not preceded by a
    /// digit or by a digit and a separator (<c>10.000</c>), any other visible character not preceded by a letter
    /// or digit. A digit may follow a letter: <c>Internationaal4 feb</c>.
    /// </summary>
    public static bool IsTokenStart(string text, int i)
    {
        var c = text[i];
        if (char.IsWhiteSpace(c)) return false;
        var prev = i > 0 ? text[i - 1] : ' ';
        if (char.IsLetter(c)) return !char.IsLetter(prev) && prev != '-' && !IsMark(prev);
        // the second end of an unspaced range ("3-5 mei", "14.30-15.00 uur") starts an expression; a digit after a dot,
        // comma, colon or slash after a digit ("10.000", "4/2") does not
        if (char.IsDigit(c))
            return !char.IsDigit(prev) && !(prev is '.' or ',' or ':' or '/' && i > 1 && char.IsDigit(text[i - 2]));
        return !char.IsLetterOrDigit(prev);
    }

    private static bool IsMark(char c) =>
        char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;

    // children in two parallel arrays searched with a vectorised IndexOf: faster than a dictionary for a few keys
    private sealed class Node
    {
        private char[] _keys = [];
        private Node[] _next = [];
        public int[]? Items;

        public Node? Child(char c)
        {
            var i = _keys.AsSpan().IndexOf(c);
            return i < 0 ? null : _next[i];
        }

        public Node Add(char c)
        {
            var node = new Node();
            _keys = [.. _keys, c];
            _next = [.. _next, node];
            return node;
        }
    }
}
