using System.Globalization;
using System.Text;
using System.Text.Json;
using SiteGen.Output;
using SiteGen.Rendering.Models;
using SiteGen.Rendering.Pages;

namespace SiteGen.Rendering.Search;

/// <summary>
/// The search index of a timeline split over several pages, written under <c>zoek/</c> so the search box of any
/// page finds every event of the site while a reader downloads only what a query needs (the layout Pagefind uses,
/// made by SiteGen itself; bench/search/README.md has the measurements that chose it over one file):
/// <list type="bullet">
/// <item><c>zoek/meta.json</c>: the number of events, the pages they live on, the term chunks that exist, the stop words;</item>
/// <item><c>zoek/t/&lt;chunk&gt;.json</c>: each term starting with the chunk's two characters, with the numbers of the
/// events it occurs in (ascending, as base-36 gaps);</item>
/// <item><c>zoek/a/&lt;actor&gt;.json</c> and <c>zoek/s/&lt;source&gt;.json</c>: the events of an actor and of a source, for the filters;</item>
/// <item><c>zoek/e/&lt;k&gt;.json</c>: events <c>k * 256</c> to <c>k * 256 + 255</c> as shown in results: id, page, date, text, sources and actors, month.</item>
/// </list>
/// Events are numbered in timeline order, so results in number order are in time order. The files' bytes are made when
/// first read (a `serve` session makes only those a browser asks for); in a session the terms of an entry once per entry object.
/// </summary>
public static class SearchIndexWriter
{
    public const int FragmentSize = 256;

    /// <param name="remember">Whether each entry's terms are kept with the entry object for the next build (`serve`).</param>
    public static IEnumerable<OutputFile> Write(IReadOnlyList<DatedEntry> entries, Func<string, string> pageOf, SearchTerms terms, int parallelism,
        bool remember = true)
    {
        var pages = new List<string>();
        var pageIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var pageOfEntry = new int[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var page = pageOf(entries[i].Entry.Id);
            if (!pageIndex.TryGetValue(page, out var p)) pageIndex[page] = p = pages.Count;
            if (p == pages.Count) pages.Add(page);
            pageOfEntry[i] = p;
        }

        // Terms of every entry, made on every core (and kept per entry object). Which files exist follows from them
        // cheaply; the postings, the costly part, are gathered only when a file's bytes are first asked for.
        var termsOf = new string[entries.Count][];
        Parallel.For(0, entries.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i =>
        {
            termsOf[i] = terms.Of(entries[i].Entry, remember);
        });
        var chunkNames = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var list in termsOf) chunkNames.UnionWith(terms.ChunksOf(list, remember));
        var postings = new Lazy<Dictionary<string, List<(string Term, List<int> Events)>>>(() => Postings(termsOf));
        var facets = new Lazy<Dictionary<(string Folder, string Key), List<int>>>(() => Facets(entries));
        yield return new OutputFile("zoek/meta.json", Object(w =>
        {
            w.WriteNumber("v", 1);
            w.WriteNumber("n", entries.Count);
            w.WriteNumber("f", FragmentSize);
            Strings(w, "pages", pages);
            Strings(w, "chunks", chunkNames);
            Strings(w, "stop", terms.StopWords.Order(StringComparer.Ordinal));
        }));
        foreach (var chunk in chunkNames)
            yield return OutputFile.Deferred($"zoek/t/{chunk}.json", () => Object(w =>
            {
                foreach (var (term, list) in postings.Value[chunk]) w.WriteString(term, Gaps(list));
            }));
        var facetKeys = entries.SelectMany(e => e.Entry.ActorKeys.Select(k => ("a", k.Id)).Concat(e.Entry.SourceKeys.Select(k => ("s", k.Id))))
            .Distinct().OrderBy(f => f.Item1, StringComparer.Ordinal).ThenBy(f => f.Id, StringComparer.Ordinal);
        foreach (var (folder, key) in facetKeys)
            yield return OutputFile.Deferred($"zoek/{folder}/{key}.json", () => Encoding.UTF8.GetBytes("\"" + Gaps(facets.Value[(folder, key)]) + "\"\n"));
        for (var k = 0; k * FragmentSize < entries.Count; k++)
        {
            var from = k * FragmentSize;
            yield return OutputFile.Deferred($"zoek/e/{k}.json", () => Array(w =>
            {
                for (var i = from; i < Math.Min(entries.Count, from + FragmentSize); i++)
                {
                    var e = entries[i].Entry;
                    w.WriteStartArray();
                    w.WriteStringValue(e.Id);
                    w.WriteNumberValue(pageOfEntry[i]);
                    w.WriteStringValue(e.DateLabel);
                    w.WriteStringValue(e.Text);
                    w.WriteStringValue(Meta(e));
                    w.WriteNumberValue(Month(entries[i]));
                    w.WriteEndArray();
                }
            }));
        }
    }

    /// <summary>Each chunk's terms in order, each with the events it occurs in (ascending).</summary>
    private static Dictionary<string, List<(string Term, List<int> Events)>> Postings(string[][] termsOf)
    {
        var byTerm = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < termsOf.Length; i++)
            foreach (var term in termsOf[i]) Add(byTerm, term, i);
        return byTerm.GroupBy(p => SearchTerms.ChunkOf(p.Key), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)).ToList(), StringComparer.Ordinal);
    }

    /// <summary>The events of each actor (folder <c>a</c>) and each source (<c>s</c>).</summary>
    private static Dictionary<(string Folder, string Key), List<int>> Facets(IReadOnlyList<DatedEntry> entries)
    {
        var lists = new Dictionary<(string, string), List<int>>();
        for (var i = 0; i < entries.Count; i++)
        {
            foreach (var key in entries[i].Entry.ActorKeys.Select(k => k.Id).Distinct(StringComparer.Ordinal)) Add(lists, ("a", key), i);
            foreach (var key in entries[i].Entry.SourceKeys.Select(k => k.Id).Distinct(StringComparer.Ordinal)) Add(lists, ("s", key), i);
        }
        return lists;
    }

    /// <summary>The metadata line of a result: its sources, then its actors (<c>NOS, BNR · Poetin, Xi</c>).</summary>
    public static string Meta(EntryModel e)
    {
        var sources = string.Join(", ", e.Publishers.Select(p => p.Text));
        var actors = string.Join(", ", e.Actors.Select(a => a.Text));
        return sources.Length > 0 && actors.Length > 0 ? sources + " · " + actors : sources + actors;
    }

    /// <summary>The month the entry is counted in on the time axis (its start), or -1 when it has none there.</summary>
    private static int Month(DatedEntry entry) =>
        TimeAxis.Shares(entry.Value, entry.Mod).Select(s => s.Month).DefaultIfEmpty(-1).First();

    private static void Add<TKey>(Dictionary<TKey, List<int>> lists, TKey key, int i) where TKey : notnull
    {
        if (!lists.TryGetValue(key, out var list)) lists[key] = list = [];
        list.Add(i);
    }

    /// <summary>Ascending numbers as base-36 gaps: <c>3,10,11</c> → <c>3,7,1</c>.</summary>
    public static string Gaps(IReadOnlyList<int> ascending)
    {
        var sb = new StringBuilder();
        var last = 0;
        foreach (var n in ascending)
        {
            if (sb.Length > 0) sb.Append(',');
            Base36(sb, n - last);
            last = n;
        }
        return sb.ToString();
    }

    private static void Base36(StringBuilder sb, int n)
    {
        const string digits = "0123456789abcdefghijklmnopqrstuvwxyz";
        Span<char> buffer = stackalloc char[8];
        var i = buffer.Length;
        do
        {
            buffer[--i] = digits[n % 36];
            n /= 36;
        } while (n > 0);
        sb.Append(buffer[i..]);
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var v in values) w.WriteStringValue(v);
        w.WriteEndArray();
    }

    private static byte[] Object(Action<Utf8JsonWriter> write) => JsonFile.Write(w =>
    {
        w.WriteStartObject();
        write(w);
        w.WriteEndObject();
    });

    private static byte[] Array(Action<Utf8JsonWriter> write) => JsonFile.Write(w =>
    {
        w.WriteStartArray();
        write(w);
        w.WriteEndArray();
    });
}
