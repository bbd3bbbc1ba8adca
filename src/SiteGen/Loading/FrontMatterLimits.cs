using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.Loading;

/// <summary>
/// Looks at front matter's YAML events before it is loaded, so a hostile block stays cheap. Aliases let a few hundred
/// bytes stand for millions of nodes (each level repeats the one below), and YamlDotNet hashes a mapping's keys
/// whole: an alias bomb used as a key cost minutes. Front matter is a few flat fields, so it is refused when it
/// nests deeper than <see cref="MaxDepth"/>, stands for more than <see cref="MaxNodes"/> nodes once aliases are
/// expanded, or uses a list or mapping as a key. One pass over the events, whatever the aliases.
/// </summary>
public static class FrontMatterLimits
{
    public const int MaxDepth = 20;
    public const int MaxNodes = 10_000;

    /// <summary>What is wrong and where (1-based line and column in <paramref name="yaml"/>), or null when within the limits or not YAML at all (the loader reports that).</summary>
    public static (string Problem, int Line, int Column)? Check(string yaml)
    {
        var open = new Stack<Frame>();
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        var parser = new Parser(new StringReader(yaml));
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                long? size = null;
                switch (current)
                {
                    case MappingStart or SequenceStart:
                        if (IsKey(open)) return At(current, "a list or mapping is used as a field name");
                        open.Push(new Frame(current is MappingStart, ((NodeEvent)current).Anchor.IsEmpty ? null : ((NodeEvent)current).Anchor.Value));
                        if (open.Count > MaxDepth) return At(current, $"it nests more than {MaxDepth} levels deep");
                        break;
                    case MappingEnd or SequenceEnd:
                        var done = open.Pop();
                        if (done.Anchor is not null) sizes[done.Anchor] = done.Size;
                        size = done.Size;
                        break;
                    case Scalar scalar:
                        if (!scalar.Anchor.IsEmpty) sizes[scalar.Anchor.Value] = 1;
                        size = 1;
                        break;
                    case AnchorAlias alias:
                        size = sizes.GetValueOrDefault(alias.Value.Value, 1);
                        if (size > 1 && IsKey(open)) return At(current, "a list or mapping is used as a field name");
                        break;
                }
                if (size is not { } n) continue;
                if (open.TryPeek(out var parent)) parent.Add(n);
                else total = Math.Min(total + n, MaxNodes + 1L);
                if ((open.Count > 0 ? open.Peek().Size : total) > MaxNodes)
                    return At(current, $"with its aliases expanded it stands for more than {MaxNodes:N0} values");
            }
        }
        catch (Exception e) when (e is YamlException or InvalidOperationException or ArgumentException)
        {
            return null; // not valid YAML (`!![x]` is a tag YamlDotNet refuses with an ArgumentException): loading it reports where
        }
        return null;
    }

    private static bool IsKey(Stack<Frame> open) => open.TryPeek(out var parent) && parent.IsMapping && parent.ExpectsKey;

    private static (string, int, int) At(ParsingEvent e, string problem) => (problem, (int)Math.Max(e.Start.Line, 1), (int)Math.Max(e.Start.Column, 1));

    private sealed class Frame(bool isMapping, string? anchor)
    {
        public bool IsMapping { get; } = isMapping;
        public string? Anchor { get; } = anchor;
        public long Size { get; private set; } = 1;
        public bool ExpectsKey { get; private set; } = true;

        public void Add(long nodes)
        {
            Size = Math.Min(Size + nodes, MaxNodes + 1L);
            ExpectsKey = !ExpectsKey;
        }
    }
}
