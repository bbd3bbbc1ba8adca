using Xunit;

namespace SiteGen.Tests.Layout;

/// <summary>
/// The layout a newcomer relies on: folders (= namespaces) depend on each other one way only, the engine does not
/// know the command line, and the pipeline's stages see only the reuse seam (<c>SiteGen.Reuse.IReuse</c>), never
/// the machinery behind it (<c>SiteGen.Caching</c>). Read from the compiled assembly (<see cref="NamespaceReferences"/>), so every real use counts.
/// </summary>
public sealed class LayeringTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, IReadOnlySet<string>>> Graph =
        new(() => NamespaceReferences.Of(typeof(SiteBuilder).Assembly, "SiteGen"));

    /// <summary>The folders of the pipeline's stages, in the order a build runs them.</summary>
    public static readonly string[] Stages = ["Loading", "Cleaning", "Dating", "Articles", "Events", "Timeline", "Rendering", "Verification", "Output"];

    [Fact]
    public void Top_level_folders_depend_on_each_other_one_way_only()
    {
        var folders = Fold(Graph.Value, Folder);
        Assert.True(Cycles(folders).Count == 0, "folders that depend on each other: " + string.Join("; ", Cycles(folders).Select(c => string.Join(" -> ", c))));
    }

    [Fact]
    public void Namespaces_within_a_folder_depend_on_each_other_one_way_only()
    {
        var cycles = Cycles(Graph.Value);
        Assert.True(cycles.Count == 0, "namespaces that depend on each other: " + string.Join("; ", cycles.Select(c => string.Join(" -> ", c))));
    }

    [Fact]
    public void Stages_use_the_reuse_seam_and_nothing_behind_it()
    {
        var wrong = BehindTheSeam(Graph.Value);
        Assert.True(wrong.Count == 0, "stages reaching behind the reuse seam: " + string.Join(", ", wrong));
        Assert.Contains(Graph.Value, e => Stages.Contains(Folder(e.Key)) && e.Value.Contains("SiteGen.Reuse"));
    }

    [Fact]
    public void Nothing_but_the_command_line_and_the_server_depends_on_them()
    {
        var wrong = Graph.Value
            .Where(e => Folder(e.Key) is not ("Cli" or "Serving"))
            .SelectMany(e => e.Value.Where(to => Folder(to) is "Cli" or "Serving").Select(to => $"{e.Key} -> {to}"))
            .ToList();
        Assert.True(wrong.Count == 0, "the engine depends on the command line or server: " + string.Join(", ", wrong));
    }

    [Fact]
    public void A_stage_never_depends_on_a_later_stage()
    {
        var wrong = Graph.Value
            .Where(e => Array.IndexOf(Stages, Folder(e.Key)) >= 0)
            .SelectMany(e => e.Value
                .Where(to => Array.IndexOf(Stages, Folder(to)) > Array.IndexOf(Stages, Folder(e.Key)) && !SharedWithLaterStages(to))
                .Select(to => $"{e.Key} -> {to}"))
            .ToList();
        Assert.True(wrong.Count == 0, "stages depending on later ones: " + string.Join(", ", wrong));
    }

    [Fact]
    public void The_checks_find_a_cycle_and_a_stage_reaching_behind_the_seam_when_there_is_one()
    {
        var graph = new Dictionary<string, IReadOnlySet<string>>
        {
            ["SiteGen.Events"] = new HashSet<string> { "SiteGen.Timeline", "SiteGen.Caching.ByContent" },
            ["SiteGen.Timeline"] = new HashSet<string> { "SiteGen.Events" },
            ["SiteGen.Caching.ByContent"] = new HashSet<string>(),
        };
        Assert.Equal(["SiteGen.Events", "SiteGen.Timeline"], Assert.Single(Cycles(graph)).Order(StringComparer.Ordinal));
        Assert.Empty(Cycles(new Dictionary<string, IReadOnlySet<string>> { ["A"] = new HashSet<string> { "B" }, ["B"] = new HashSet<string>() }));
    }

    private static List<string> BehindTheSeam(IReadOnlyDictionary<string, IReadOnlySet<string>> graph) =>
        [.. graph
            .Where(e => Stages.Contains(Folder(e.Key)))
            .SelectMany(e => e.Value.Where(to => Folder(to) == "Caching").Select(to => $"{e.Key} -> {to}"))];

    // Output holds the site's files as data (OutputFile), made by rendering and read by verification before it is written.
    private static bool SharedWithLaterStages(string ns) => ns == "SiteGen.Output";

    private static string Folder(string ns)
    {
        var parts = ns.Split('.');
        return parts.Length > 1 ? parts[1] : "(root)";
    }

    private static Dictionary<string, IReadOnlySet<string>> Fold(IReadOnlyDictionary<string, IReadOnlySet<string>> graph, Func<string, string> key)
    {
        var folded = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (from, tos) in graph)
        {
            if (!folded.TryGetValue(key(from), out var set)) folded[key(from)] = set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var to in tos) if (key(to) != key(from)) set.Add(key(to));
        }
        return folded.ToDictionary(x => x.Key, x => (IReadOnlySet<string>)x.Value, StringComparer.Ordinal);
    }

    /// <summary>The strongly connected groups of more than one node (Tarjan): each is a set of nodes that depend on each other.</summary>
    private static List<List<string>> Cycles(IReadOnlyDictionary<string, IReadOnlySet<string>> graph)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var cycles = new List<List<string>>();
        var next = 0;
        void Visit(string v)
        {
            index[v] = low[v] = next++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in graph.TryGetValue(v, out var tos) ? tos : new HashSet<string>())
            {
                if (!index.ContainsKey(w)) { Visit(w); low[v] = Math.Min(low[v], low[w]); }
                else if (onStack.Contains(w)) low[v] = Math.Min(low[v], index[w]);
            }
            if (low[v] != index[v]) return;
            var group = new List<string>();
            string x;
            do { x = stack.Pop(); onStack.Remove(x); group.Add(x); } while (x != v);
            if (group.Count > 1) cycles.Add(group);
        }
        foreach (var v in graph.Keys.Order(StringComparer.Ordinal)) if (!index.ContainsKey(v)) Visit(v);
        return cycles;
    }
}
