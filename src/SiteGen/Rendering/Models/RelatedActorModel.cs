namespace SiteGen.Rendering.Models;

/// <summary>An actor that shares <see cref="Count"/> events with the actor whose page lists it.</summary>
public sealed record RelatedActorModel(string Name, string Url, int Count);
