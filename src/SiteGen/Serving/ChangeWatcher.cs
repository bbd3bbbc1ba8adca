namespace SiteGen.Serving;

/// <summary>
/// Watches the input, templates and wwwroot folders (and the config file) and hands over changed paths in
/// batches: editors write a file in several steps (truncate, write, rename), so events are collected until the
/// folders have been quiet for a short moment, then delivered once.
/// </summary>
public sealed class ChangeWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Lock _lock = new();
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Timer _timer;
    private readonly TimeSpan _quiet;
    private readonly Action<IReadOnlyCollection<string>> _onChanges;

    public ChangeWatcher(IEnumerable<string> paths, TimeSpan quiet, Action<IReadOnlyCollection<string>> onChanges)
    {
        _quiet = quiet;
        _onChanges = onChanges;
        _timer = new Timer(_ => Flush());
        foreach (var path in paths)
        {
            var folder = Directory.Exists(path) ? path : Path.GetDirectoryName(path);
            if (folder is null || !Directory.Exists(folder)) continue;
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = Directory.Exists(path),
                Filter = Directory.Exists(path) ? "" : Path.GetFileName(path),
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Add(e.FullPath);
            watcher.Created += (_, e) => Add(e.FullPath);
            watcher.Deleted += (_, e) => Add(e.FullPath);
            watcher.Renamed += (_, e) => { Add(e.OldFullPath); Add(e.FullPath); };
            // A lost event buffer means we no longer know what changed: treat it as "everything".
            watcher.Error += (_, _) => Add(path);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    private void Add(string path)
    {
        lock (_lock)
        {
            _pending.Add(path);
            _timer.Change(_quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        string[] batch;
        lock (_lock)
        {
            batch = [.. _pending.Order(StringComparer.Ordinal)];
            _pending.Clear();
        }

        if (batch.Length > 0) _onChanges(batch);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }
}
