using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace PiiAnalyzers.Inventory;

/// <summary>
/// Reads the inventory the generator embedded in a built assembly, as
/// <c>[assembly: AssemblyMetadata("PiiAnalyzers.Inventory", json)]</c>, from its metadata alone: the assembly is
/// neither loaded nor run, so it may target any framework.
/// </summary>
public static class AssemblyInventoryReader
{
    /// <summary>The <c>AssemblyMetadataAttribute</c> key the generator writes the inventory's JSON under.</summary>
    public const string MetadataKey = "PiiAnalyzers.Inventory";

    /// <summary>The embedded JSON, or null when the assembly has none (it was built without the package's generator).</summary>
    /// <param name="peImage">The assembly file's content; it is read, not closed.</param>
    /// <exception cref="BadImageFormatException">The stream is not a .NET assembly.</exception>
    public static string? ReadJson(Stream peImage)
    {
        using var pe = new PEReader(peImage, PEStreamOptions.LeaveOpen);
        if (!pe.HasMetadata)
        {
            throw new BadImageFormatException("The file is not a .NET assembly: it has no metadata.");
        }

        var metadata = pe.GetMetadataReader();
        if (!metadata.IsAssembly)
        {
            throw new BadImageFormatException("The file is a .NET module, not an assembly.");
        }

        foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            if (!IsAssemblyMetadataAttribute(metadata, attribute.Constructor))
            {
                continue;
            }

            var value = metadata.GetBlobReader(attribute.Value);
            if (value.Length < 2 || value.ReadUInt16() != 1)
            {
                continue;
            }

            var key = value.ReadSerializedString();
            if (key == MetadataKey)
            {
                return value.ReadSerializedString();
            }
        }

        return null;
    }

    /// <summary>The embedded inventory, or null when the assembly has none.</summary>
    /// <exception cref="BadImageFormatException">The stream is not a .NET assembly.</exception>
    /// <exception cref="FormatException">The embedded JSON is not an inventory.</exception>
    public static InventoryDocument? Read(Stream peImage) =>
        ReadJson(peImage) is { } json ? InventoryJson.Read(json) : null;

    private static bool IsAssemblyMetadataAttribute(MetadataReader metadata, EntityHandle constructor)
    {
        EntityHandle type;
        if (constructor.Kind == HandleKind.MemberReference)
        {
            type = metadata.GetMemberReference((MemberReferenceHandle)constructor).Parent;
        }
        else if (constructor.Kind == HandleKind.MethodDefinition)
        {
            type = metadata.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType();
        }
        else
        {
            return false;
        }

        return type.Kind switch
        {
            HandleKind.TypeReference => IsNamed(metadata, metadata.GetTypeReference((TypeReferenceHandle)type).Namespace, metadata.GetTypeReference((TypeReferenceHandle)type).Name),
            HandleKind.TypeDefinition => IsNamed(metadata, metadata.GetTypeDefinition((TypeDefinitionHandle)type).Namespace, metadata.GetTypeDefinition((TypeDefinitionHandle)type).Name),
            _ => false,
        };
    }

    private static bool IsNamed(MetadataReader metadata, StringHandle ns, StringHandle name) =>
        metadata.StringComparer.Equals(ns, "System.Reflection") && metadata.StringComparer.Equals(name, "AssemblyMetadataAttribute");
}
