using PiiAnalyzers.Generation.Model;

namespace PiiAnalyzers.Generation.Parsing;

/// <summary>A marked member and the 1-based line of its declaration, which the CLI reports and the generator leaves out.</summary>
public readonly record struct ParsedMember(MemberModel Member, int Line);
