//! Countries by ISO 3166-1 alpha-2 code.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A country or territory, by its ISO 3166-1 alpha-2 code (`KZ`, `MX`).
///
/// Only officially assigned codes are accepted, so a typo is caught when the event is read.
///
/// ```
/// use communique_model::CountryCode;
/// let kz: CountryCode = "KZ".parse().unwrap();
/// assert_eq!(kz.as_str(), "KZ");
/// assert!("XX".parse::<CountryCode>().is_err());
/// assert!("kz".parse::<CountryCode>().is_err(), "codes are upper case");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    /// The two-letter code.
    pub fn as_str(&self) -> &str {
        // Only ASCII upper-case letters from ISO_3166_ALPHA2 are ever stored.
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    /// Every officially assigned ISO 3166-1 alpha-2 code.
    pub fn all() -> impl Iterator<Item = CountryCode> {
        ISO_3166_ALPHA2.iter().map(|c| {
            let b = c.as_bytes();
            CountryCode([b[0], b[1]])
        })
    }
}

/// The error for a string that is not an assigned ISO 3166-1 alpha-2 code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown country code `{0}`: use an ISO 3166-1 alpha-2 code in capitals, such as KZ or MX")]
pub struct UnknownCountry(pub String);

impl FromStr for CountryCode {
    type Err = UnknownCountry;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match ISO_3166_ALPHA2.binary_search(&s) {
            Ok(i) => {
                let b = ISO_3166_ALPHA2[i].as_bytes();
                Ok(CountryCode([b[0], b[1]]))
            }
            Err(_) => Err(UnknownCountry(s.to_owned())),
        }
    }
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for CountryCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CountryCode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = Cow::<str>::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl JsonSchema for CountryCode {
    fn schema_name() -> Cow<'static, str> {
        "CountryCode".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "ISO 3166-1 alpha-2 country code, upper case",
            "type": "string",
            "enum": ISO_3166_ALPHA2.as_slice(),
        })
    }
}

/// ISO 3166-1 alpha-2, officially assigned codes, sorted (binary search relies on it).
const ISO_3166_ALPHA2: [&str; 249] = [
    "AD", "AE", "AF", "AG", "AI", "AL", "AM", "AO", "AQ", "AR", "AS", "AT", "AU", "AW", "AX", "AZ",
    "BA", "BB", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BL", "BM", "BN", "BO", "BQ", "BR", "BS",
    "BT", "BV", "BW", "BY", "BZ", "CA", "CC", "CD", "CF", "CG", "CH", "CI", "CK", "CL", "CM", "CN",
    "CO", "CR", "CU", "CV", "CW", "CX", "CY", "CZ", "DE", "DJ", "DK", "DM", "DO", "DZ", "EC", "EE",
    "EG", "EH", "ER", "ES", "ET", "FI", "FJ", "FK", "FM", "FO", "FR", "GA", "GB", "GD", "GE", "GF",
    "GG", "GH", "GI", "GL", "GM", "GN", "GP", "GQ", "GR", "GS", "GT", "GU", "GW", "GY", "HK", "HM",
    "HN", "HR", "HT", "HU", "ID", "IE", "IL", "IM", "IN", "IO", "IQ", "IR", "IS", "IT", "JE", "JM",
    "JO", "JP", "KE", "KG", "KH", "KI", "KM", "KN", "KP", "KR", "KW", "KY", "KZ", "LA", "LB", "LC",
    "LI", "LK", "LR", "LS", "LT", "LU", "LV", "LY", "MA", "MC", "MD", "ME", "MF", "MG", "MH", "MK",
    "ML", "MM", "MN", "MO", "MP", "MQ", "MR", "MS", "MT", "MU", "MV", "MW", "MX", "MY", "MZ", "NA",
    "NC", "NE", "NF", "NG", "NI", "NL", "NO", "NP", "NR", "NU", "NZ", "OM", "PA", "PE", "PF", "PG",
    "PH", "PK", "PL", "PM", "PN", "PR", "PS", "PT", "PW", "PY", "QA", "RE", "RO", "RS", "RU", "RW",
    "SA", "SB", "SC", "SD", "SE", "SG", "SH", "SI", "SJ", "SK", "SL", "SM", "SN", "SO", "SR", "SS",
    "ST", "SV", "SX", "SY", "SZ", "TC", "TD", "TF", "TG", "TH", "TJ", "TK", "TL", "TM", "TN", "TO",
    "TR", "TT", "TV", "TW", "TZ", "UA", "UG", "UM", "US", "UY", "UZ", "VA", "VC", "VE", "VG", "VI",
    "VN", "VU", "WF", "WS", "YE", "YT", "ZA", "ZM", "ZW",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn code_list_is_sorted_and_unique_so_binary_search_holds() {
        assert!(ISO_3166_ALPHA2.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn rejects_lower_case_and_unassigned_codes() {
        for bad in ["kz", "XK", "EU", "K", "KAZ", ""] {
            assert!(bad.parse::<CountryCode>().is_err(), "{bad} accepted");
        }
        assert_eq!(CountryCode::all().count(), 249);
    }
}
