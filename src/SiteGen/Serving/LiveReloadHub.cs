using System.Threading.Channels;

namespace SiteGen.Serving;

/// <summary>
/// The open browser pages, each listening on a Server-Sent Events stream. A build publishes one event
/// (<c>reload</c> or <c>failed</c>) to every page; slow or gone clients never hold up the build.
/// </summary>
public sealed class LiveReloadHub
{
    private readonly Lock _lock = new();
    private readonly List<Channel<string>> _clients = [];

    public int ClientCount { get { lock (_lock) return _clients.Count; } }

    public Channel<string> Subscribe()
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(4) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_lock) _clients.Add(channel);
        return channel;
    }

    public void Unsubscribe(Channel<string> channel)
    {
        lock (_lock) _clients.Remove(channel);
    }

    public void Publish(string eventName, int version)
    {
        var message = $"event: {eventName}\ndata: {version}\n\n";
        lock (_lock)
            foreach (var client in _clients) client.Writer.TryWrite(message);
    }
}
