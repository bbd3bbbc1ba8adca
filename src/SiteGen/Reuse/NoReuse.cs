namespace SiteGen.Reuse;

/// <summary>Reuses nothing: every result is made. What a stage runs with when a build keeps nothing between runs.</summary>
public sealed class NoReuse<TInput, TResult> : IReuse<TInput, TResult>
{
    public static readonly NoReuse<TInput, TResult> Instance = new();

    private NoReuse() { }

    public TResult GetOrMake(TInput input, Func<TInput, TResult> make) => make(input);

    public void Commit() { }
}
