namespace PiiAnalyzers.Generation.Model;

/// <summary>What the generator takes from the build and the compilation besides the members.</summary>
/// <param name="ProjectDirectory">The project folder paths are made relative to (<c>build_property.projectdir</c>); null when the build does not say.</param>
/// <param name="AssemblyName">The assembly's name, which names the generated class's namespace.</param>
/// <param name="CanEmit">Whether the compilation references the attributes library's <c>PiiAnalyzers.PersonalDataInventoryReader</c>, which the generated code calls.</param>
public sealed record GeneratorSettings(string? ProjectDirectory, string? AssemblyName, bool CanEmit);
