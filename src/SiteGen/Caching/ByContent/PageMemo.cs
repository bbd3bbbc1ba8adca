using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using SiteGen.Caching.Store;
using SiteGen.Configuration;
using SiteGen.Output;
using SiteGen.Theming;
using SiteGen.Rendering.Pages;
using SiteGen.Reuse;

namespace SiteGen.Caching.ByContent;

/// <summary>
/// The pages of the previous render, each by output path with the <see cref="PageKey"/> it was rendered from: a
/// page whose key is unchanged is taken as it was instead of being rendered again. A change to anything every page
/// sees (a template, a UI string, an option, an asset's fingerprinted name) changes the <see cref="Salt"/> and
/// forgets every page. Each render keeps exactly the pages it produced. A one-off build resumes the memo from the
/// last build's record (<see cref="Resume"/>), its pages standing for the files on disk; a `serve` session keeps it
/// between builds, and there also recognises an article page by its inputs alone (<see cref="ByInputs"/>).
/// </summary>
public sealed class PageMemo : IReuse<PageRequest, OutputFile?>
{
    private Dictionary<string, Remembered> _previous = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, Remembered> _current = new(StringComparer.Ordinal);
    private string _salt = "";
    private int _reused;
    private int _same;
    private int _pages;

    /// <summary>
    /// Whether an article page whose inputs (<see cref="ArticlePageInputs"/>) are the very objects and places of
    /// last time is kept without making its model or key: only in a `serve` session, whose articles live on from
    /// build to build. A one-off build's articles are new objects every time.
    /// </summary>
    public bool ByInputs { get; init; }

    /// <summary>Pages taken from the previous render and pages rendered, in the last render.</summary>
    public (int Reused, int Rendered) LastCounts { get; private set; }

    /// <summary>Of the pages the last render reused, those kept by their inputs alone.</summary>
    public int LastSame { get; private set; }

    /// <summary>The salt of the last render begun.</summary>
    public string CurrentSalt => _salt;

    /// <summary>What every page is rendered with besides its own model: tool, theme templates (the site's or the default, each by origin and bytes), assets, options.</summary>
    public static string Salt(SiteOptions options, IEnumerable<ThemeFile> templates, IEnumerable<string> assetNames)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\0"));
        Add(ToolVersion.Current);
        Add(string.Join('|', options.BaseUrl, options.SiteUrl, options.Language, options.Title, options.Description, options.Intro, options.Image));
        Add(string.Join('|', assetNames.Order(StringComparer.Ordinal)));
        foreach (var file in templates)
        {
            Add(file.Display);
            hash.AppendData(file.ReadBytes());
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// A memo holding what the last build rendered: <paramref name="pages"/> (path, key, file) rendered with
    /// <paramref name="salt"/>. A render with another salt forgets them all.
    /// </summary>
    public static PageMemo Resume(string salt, IEnumerable<(string Path, string Key, OutputFile File)> pages)
    {
        var memo = new PageMemo { _salt = salt };
        foreach (var (path, key, file) in pages) memo._previous[path] = new Remembered(key, file, null);
        return memo;
    }

    /// <summary>The key the last finished render rendered (or kept) the page at <paramref name="path"/> from; null for a page without a key.</summary>
    public string? KeyOf(string path) => _previous.TryGetValue(path, out var known) ? known.Key : null;

    /// <summary>Starts a render with this salt: a different salt than last time forgets every page.</summary>
    public void Begin(string salt)
    {
        if (salt != _salt) _previous.Clear();
        _salt = salt;
        _current = new(StringComparer.Ordinal);
        _reused = 0;
        _same = 0;
        _pages = 0;
    }

    public OutputFile? GetOrMake(PageRequest page, Func<PageRequest, OutputFile?> make)
    {
        _previous.TryGetValue(page.Path, out var known);
        var inputs = ByInputs ? page.Inputs : null;
        if (inputs is not null && known?.Inputs is { } before && before.SameAs(inputs))
        {
            Interlocked.Increment(ref _reused);
            Interlocked.Increment(ref _same);
            Interlocked.Increment(ref _pages);
            _current[page.Path] = known with { Inputs = inputs };
            return known.File;
        }
        var source = page.Source;
        var key = PageKey.Of(source.Template, source.Meta, source.Model);
        if (key is not null && known is not null && known.Key == key)
        {
            Interlocked.Increment(ref _reused);
            Interlocked.Increment(ref _pages);
            _current[page.Path] = known with { Inputs = inputs };
            return known.File;
        }
        var file = make(page);
        if (file is null) return null;
        Interlocked.Increment(ref _pages);
        if (key is not null) _current[page.Path] = new Remembered(key, file, inputs);
        return file;
    }

    /// <summary>Ends the render: what it kept is what the next render compares against.</summary>
    public void Commit()
    {
        _previous = new(_current, StringComparer.Ordinal);
        LastCounts = (_reused, _pages - _reused);
        LastSame = _same;
    }

    private sealed record Remembered(string Key, OutputFile File, ArticlePageInputs? Inputs);
}
