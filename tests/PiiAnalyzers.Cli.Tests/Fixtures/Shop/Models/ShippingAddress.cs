using PiiAnalyzers;
using Shop.Unresolved; // a package the ad hoc compilation does not have: the inventory does not need it

namespace Shop.Models;

public sealed record ShippingAddress(
    [PersonalData(DataCategories.Profile.Name)] string Recipient,
    [PersonalData(DataCategories.Contact.Phone)][SharedWith("SF Express", Purpose = "Parcel delivery")] string Phone,
    [PersonalData(DataCategories.Contact.Address)][RetainUntil("P180D")][SharedWith("SF Express")] string Street,
    [PersonalData(DataCategories.Location.Precise)] GeoPoint? Where);
