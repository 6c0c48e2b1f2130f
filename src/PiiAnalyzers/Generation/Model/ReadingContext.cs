using PiiAnalyzers.Generation.Parsing;
using PiiAnalyzers.Inventory;

namespace PiiAnalyzers.Generation.Model;

/// <summary>
/// Everything outside a file that reading the file's markers can depend on: the assembly's name, its references, and the
/// declarations of every file that another file can bind to (<see cref="DeclarationSignature"/>). The steps that read
/// symbols are keyed on it: while it stays equal, a file that did not change keeps its reading.
/// </summary>
/// <param name="AssemblyName">The compilation's assembly name.</param>
/// <param name="References">The compilation's metadata references, compared by identity.</param>
/// <param name="Declarations">The signatures of the declarations of every file, in order.</param>
public sealed record ReadingContext(string? AssemblyName, EquatableArray<ReferenceIdentity> References, EquatableArray<string> Declarations);
