using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using SiteGen.Configuration;
using SiteGen.Dating;
using SiteGen.Output;
using SiteGen.Rendering.Bodies;

namespace SiteGen.Reuse;

/// <summary>
/// What the previous render of one `sitegen serve` session produced: each page by output path with the
/// <see cref="PageKey"/> it was rendered from, and each article's rendered body by the article it was rendered from
/// (the same loaded article object, which the session keeps while its file is unchanged). A page whose key is
/// unchanged is taken as it was instead of being rendered again. A change to anything every page sees (a template,
/// a UI string, an option, an asset's fingerprinted name) changes the <see cref="Salt"/> and forgets everything.
/// Each render keeps exactly the pages it produced. A one-off build resumes the memo from the last build's record
/// (<see cref="Resume"/>), its pages standing for the files on disk.
/// </summary>
public sealed class RenderMemo
{
    private ConditionalWeakTable<Article, RenderedBody> _bodies = new();

    private Dictionary<string, (string Key, OutputFile File, ArticlePageInputs? Inputs)> _previous = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, (string Key, OutputFile File, ArticlePageInputs? Inputs)> _current = new(StringComparer.Ordinal);
    private string _salt = "";

    /// <summary>Pages taken from the previous render and pages rendered, in the last render.</summary>
    public (int Reused, int Rendered) LastCounts { get; private set; }

    private int _reused;

    /// <summary>What every page is rendered with besides its own model: tool, templates folder, assets, options.</summary>
    public static string Salt(SiteOptions options, IEnumerable<string> assetNames)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\0"));
        Add(ToolVersion.Current);
        Add(string.Join('|', options.BaseUrl, options.SiteUrl, options.Language, options.Title, options.Description));
        Add(string.Join('|', assetNames.Order(StringComparer.Ordinal)));
        if (Directory.Exists(options.Templates))
            foreach (var file in Directory.EnumerateFiles(options.Templates, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                Add(Path.GetRelativePath(options.Templates, file));
                hash.AppendData(File.ReadAllBytes(file));
            }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// A memo holding what the last build rendered: <paramref name="pages"/> (path, key, file) rendered with
    /// <paramref name="salt"/>. A render with another salt forgets them all.
    /// </summary>
    public static RenderMemo Resume(string salt, IEnumerable<(string Path, string Key, OutputFile File)> pages)
    {
        var memo = new RenderMemo { _salt = salt, KeepsArticles = false };
        foreach (var (path, key, file) in pages) memo._previous[path] = (key, file, null);
        return memo;
    }

    /// <summary>The salt of the last render begun.</summary>
    public string CurrentSalt => _salt;

    /// <summary>The key the last finished render rendered (or kept) the page at <paramref name="path"/> from; null for a page without a key.</summary>
    public string? KeyOf(string path) => _previous.TryGetValue(path, out var known) ? known.Key : null;

    /// <summary>Starts a render with this salt: a different salt than last time forgets every page.</summary>
    public void Begin(string salt)
    {
        if (salt != _salt)
        {
            _previous.Clear();
            _bodies = new();
            Entries.Clear();
        }
        _salt = salt;
        _current = new(StringComparer.Ordinal);
        _reused = 0;
        _same = 0;
    }

    /// <summary>The page as rendered last time from the same key, or null.</summary>
    public OutputFile? Find(string path, string key)
    {
        if (!_previous.TryGetValue(path, out var known) || known.Key != key) return null;
        Interlocked.Increment(ref _reused);
        return known.File;
    }

    /// <summary>
    /// The article page at <paramref name="path"/> with its key as the last render made it from the same inputs
    /// (the same objects and places, <see cref="ArticlePageInputs"/>), or null: then its model is made and keyed.
    /// </summary>
    public (string Key, OutputFile File)? FindSame(string path, ArticlePageInputs inputs)
    {
        if (!_previous.TryGetValue(path, out var known) || known.Inputs is null || !known.Inputs.SameAs(inputs)) return null;
        Interlocked.Increment(ref _reused);
        Interlocked.Increment(ref _same);
        return (known.Key, known.File);
    }

    /// <summary>Of the pages the last render reused, those kept by their inputs alone (<see cref="FindSame"/>).</summary>
    public int LastSame { get; private set; }

    private int _same;

    /// <summary>The body rendered for this very article object in an earlier render, or null.</summary>
    public RenderedBody? FindBody(Article article) => _bodies.TryGetValue(article, out var body) ? body : null;

    /// <summary>
    /// Whether bodies and descriptions are kept per article object: for a `serve` session, whose articles live on
    /// from build to build. A one-off build's articles are new objects every time, and keeping their bodies would
    /// only hold some 200 MB of HTML (at 10,000 articles) through verification and the write.
    /// </summary>
    public bool KeepsArticles { get; init; } = true;

    /// <summary>The timeline entries of the last render, reused where unchanged; only when <see cref="KeepsArticles"/>.</summary>
    public EntryMemo Entries { get; } = new();

    public void KeepBody(Article article, RenderedBody body)
    {
        if (KeepsArticles) _bodies.AddOrUpdate(article, body);
    }

    /// <summary>Keeps the page for the next render, with the inputs it was made from when they are known.</summary>
    public void Keep(string path, string key, OutputFile file, ArticlePageInputs? inputs = null) => _current[path] = (key, file, inputs);

    /// <summary>Ends the render: what it kept is what the next render compares against.</summary>
    public void End(int pages)
    {
        _previous = new(_current, StringComparer.Ordinal);
        LastCounts = (_reused, pages - _reused);
        LastSame = _same;
    }
}
