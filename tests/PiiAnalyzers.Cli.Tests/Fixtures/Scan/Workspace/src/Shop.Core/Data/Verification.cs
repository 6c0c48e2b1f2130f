namespace Shop.Core.Data;

public sealed class Verification
{
    public int Id { get; set; }

    [PersonalData(DataCategories.Identity.NationalId)]
    public string IdCardNumber { get; set; } = "";

    [PersonalData(DataCategories.Biometric.Face)]
    public byte[]? FaceImage { get; set; }
}
