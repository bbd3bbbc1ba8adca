using System.Runtime.InteropServices;
using Microsoft.Diagnostics.Runtime;

namespace SiteGen.Benchmarks;

/// <summary>
/// What a build holds live at one moment, by structure, from a heap dump of it (`dotnet-dump collect -p PID --type
/// Heap`, taken e.g. when `build` prints the line of a stage's start). Walks the objects reachable from the roots,
/// breadth first, and charges each one to the nearest SiteGen type above it (the first found: a string shared by an
/// item and its entry goes to whichever the walk reaches first), so a string, list or array counts with the record
/// that holds it. Prints the heap's size with its dead objects, the live bytes by owner, and by owner and own type.
/// Unlike `dotnet-gcdump report`, every object has its real size (strings and arrays included). Reads the dump with
/// the data-access library of the runtime this probe runs on, which must be the build's.
/// </summary>
public static class HeapWalkProbe
{
    private const double MiB = 1024 * 1024;

    public static void Run(TextWriter output, string dump, int top)
    {
        using var target = DataTarget.LoadDump(dump);
        var dac = Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "libmscordaccore.so");
        using var runtime = target.ClrVersions[0].CreateRuntime(dac, ignoreMismatch: true);
        var heap = runtime.Heap;

        long all = 0, allCount = 0;
        foreach (var o in heap.EnumerateObjects())
            if (o.IsValid && o.Type is not null) { all += (long)o.Size; allCount++; }

        var owner = new Dictionary<ulong, string>();
        var queue = new Queue<ulong>();
        foreach (var root in heap.EnumerateRoots())
        {
            var address = root.Object.Address;
            if (address == 0 || owner.ContainsKey(address) || heap.GetObjectType(address) is not { } type) continue;
            owner[address] = IsOwner(type.Name) ? type.Name! : "(root " + root.RootKind + ")";
            queue.Enqueue(address);
        }
        var byOwner = new Dictionary<string, (long Bytes, long Count)>(StringComparer.Ordinal);
        var byPair = new Dictionary<(string, string), (long Bytes, long Count)>();
        long live = 0, liveCount = 0;
        while (queue.Count > 0)
        {
            var address = queue.Dequeue();
            var o = heap.GetObject(address);
            if (!o.IsValid || o.Type is null) continue;
            var label = owner[address];
            var size = (long)o.Size;
            live += size;
            liveCount++;
            Add(byOwner, label, size);
            Add(byPair, (label, o.Type.Name ?? "?"), size);
            foreach (var reference in o.EnumerateReferenceAddresses(carefully: false, considerDependantHandles: true))
            {
                if (reference == 0 || owner.ContainsKey(reference) || heap.GetObjectType(reference) is not { } type) continue;
                owner[reference] = IsOwner(type.Name) ? type.Name! : label;
                queue.Enqueue(reference);
            }
        }

        output.WriteLine($"heap objects, live and dead: {all / MiB:0.0} MiB in {allCount:N0}; reachable: {live / MiB:0.0} MiB in {liveCount:N0}");
        foreach (var kind in heap.Segments.GroupBy(s => s.Kind))
            output.WriteLine($"  {kind.Key}: committed {kind.Sum(s => (long)s.CommittedMemory.Length) / MiB:0.0} MiB");
        output.WriteLine("\nlive, by owner (the nearest SiteGen type above, itself included):");
        foreach (var (name, (bytes, count)) in byOwner.OrderByDescending(x => x.Value.Bytes).Take(top))
            output.WriteLine($"{bytes / MiB,9:0.0} MiB {count,11:N0}  {name}");
        output.WriteLine("\nlive, by owner and type:");
        foreach (var ((name, type), (bytes, count)) in byPair.OrderByDescending(x => x.Value.Bytes).Take(top * 2))
            output.WriteLine($"{bytes / MiB,9:0.0} MiB {count,11:N0}  {name}  <-  {type}");
    }

    // Compiler-made closures and state machines are not structures of the build: what they hold goes to who holds them.
    private static bool IsOwner(string? name) =>
        name is not null && name.StartsWith("SiteGen.", StringComparison.Ordinal) && !name.Contains("<>", StringComparison.Ordinal)
        && !name.Contains("+<", StringComparison.Ordinal);

    private static void Add<TKey>(Dictionary<TKey, (long Bytes, long Count)> sums, TKey key, long size) where TKey : notnull =>
        sums[key] = sums.TryGetValue(key, out var sum) ? (sum.Bytes + size, sum.Count + 1) : (size, 1);
}
