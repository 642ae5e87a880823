//! Where a webhook may be sent: the guard against server-side request forgery.
//!
//! A URL must be `https` (or, with the development setting `OMS_WEBHOOK_ALLOW_LOOPBACK_HTTP`, which
//! production refuses, `http` to a loopback address), without credentials, to a host that is not
//! an internal address. Checked twice: when a subscription is saved (IP literals, and the
//! addresses a name resolves to, when it resolves), and on every delivery, after DNS resolution,
//! by the resolver the HTTP client connects through ([`GuardedResolver`]), so a name that is
//! re-pointed at 127.0.0.1 or 169.254.169.254 later still gets nowhere. Redirects are never
//! followed. The URL parser (WHATWG rules) turns `http://2130706433/` and `http://0x7f.1/` into
//! 127.0.0.1 before the check.

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

use reqwest::Url;

/// How long the subscription-time check waits for DNS before letting the name through (the
/// delivery-time check still applies).
const RESOLVE_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(2);

/// Why a URL or an address is refused (said to the Admin as is).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Refused(pub String);

/// The policy: whether loopback over plain http is allowed (development only).
#[derive(Debug, Clone, Copy)]
pub struct Guard {
    pub allow_loopback_http: bool,
}

impl Guard {
    /// Parses and checks a URL as given by an Admin; DNS is not consulted here.
    pub fn check_url(&self, text: &str) -> Result<Url, Refused> {
        let url = Url::parse(text).map_err(|error| Refused(format!("is not a URL: {error}")))?;
        if !url.username().is_empty() || url.password().is_some() {
            return Err(Refused("must not carry credentials".to_owned()));
        }
        let host = url
            .host()
            .ok_or_else(|| Refused("has no host".to_owned()))?;
        let literal = match host {
            url::Host::Ipv4(address) => Some(IpAddr::V4(address)),
            url::Host::Ipv6(address) => Some(IpAddr::V6(address)),
            url::Host::Domain(_) => None,
        };
        let loopback_name = matches!(host, url::Host::Domain(name) if is_local_name(name));
        match url.scheme() {
            "https" => {}
            "http"
                if self.allow_loopback_http
                    && (loopback_name || literal.is_some_and(|ip| ip.is_loopback())) => {}
            "http" => {
                return Err(Refused(
                    "must be https (plain http only to a loopback address, in development)"
                        .to_owned(),
                ))
            }
            other => return Err(Refused(format!("has the scheme {other:?}; use https"))),
        }
        if let Some(address) = literal {
            self.check_address(address)?;
        } else if loopback_name && !self.allow_loopback_http {
            return Err(Refused(format!("names an internal host ({host})")));
        }
        Ok(url)
    }

    /// Checks an address a delivery would connect to.
    pub fn check_address(&self, address: IpAddr) -> Result<(), Refused> {
        if self.allow_loopback_http && address.is_loopback() {
            return Ok(());
        }
        if internal(address) {
            return Err(Refused(format!(
                "points to an internal address ({address})"
            )));
        }
        Ok(())
    }

    /// Resolves `url`'s host and checks every address (at subscription time; names that do not
    /// resolve yet are let through: the delivery-time check decides then).
    pub async fn check_resolved(&self, url: &Url) -> Result<(), Refused> {
        let Some(url::Host::Domain(name)) = url.host() else {
            return Ok(());
        };
        let port = url.port_or_known_default().unwrap_or(443);
        let lookup = tokio::net::lookup_host((name, port));
        let Ok(Ok(addresses)) = tokio::time::timeout(RESOLVE_TIMEOUT, lookup).await else {
            return Ok(());
        };
        for address in addresses {
            self.check_address(address.ip())?;
        }
        Ok(())
    }
}

/// Names that always mean this machine or an internal network.
fn is_local_name(name: &str) -> bool {
    let name = name.trim_end_matches('.').to_ascii_lowercase();
    name == "localhost"
        || name.ends_with(".localhost")
        || name.ends_with(".internal")
        || name.ends_with(".local")
}

/// Whether an address is anything but a public unicast one.
pub fn internal(address: IpAddr) -> bool {
    match address {
        IpAddr::V4(v4) => internal_v4(v4),
        IpAddr::V6(v6) => internal_v6(v6),
    }
}

fn internal_v4(address: Ipv4Addr) -> bool {
    let [a, b, c, _] = address.octets();
    address.is_unspecified()
        || address.is_loopback()
        || address.is_private()
        || address.is_link_local() // 169.254.0.0/16, the metadata service among them
        || address.is_broadcast()
        || address.is_multicast()
        || address.is_documentation()
        || a == 0 // "this network"
        || (a == 100 && (64..128).contains(&b)) // carrier-grade NAT
        || (a == 192 && b == 0 && c == 0) // IETF protocol assignments
        || (a == 198 && (18..20).contains(&b)) // benchmarking
        || a >= 240 // reserved
}

fn internal_v6(address: Ipv6Addr) -> bool {
    if let Some(v4) = address.to_ipv4_mapped() {
        return internal_v4(v4);
    }
    let segments = address.segments();
    // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address.
    if segments[0] == 0x64 && segments[1] == 0xff9b && segments[2..6] == [0, 0, 0, 0] {
        let [_, _, _, _, _, _, high, low] = segments;
        return internal_v4(Ipv4Addr::from((u32::from(high) << 16) | u32::from(low)));
    }
    if segments[0] == 0x2002 {
        return internal_v4(Ipv4Addr::from(
            (u32::from(segments[1]) << 16) | u32::from(segments[2]),
        ));
    }
    address.is_unspecified()
        || address.is_loopback()
        || address.is_multicast()
        || (segments[0] & 0xfe00) == 0xfc00 // unique local
        || (segments[0] & 0xffc0) == 0xfe80 // link-local
        || (segments[0] & 0xffc0) == 0xfec0 // site-local (deprecated)
        || (segments[0] == 0x2001 && segments[1] == 0x0db8) // documentation
        || segments[..6] == [0, 0, 0, 0, 0, 0] // IPv4-compatible (deprecated)
}

/// The DNS resolver deliveries connect through: the system's, minus every internal address. A
/// name that resolves only to internal addresses fails the delivery.
#[derive(Debug, Clone)]
pub struct GuardedResolver {
    pub guard: Guard,
}

impl reqwest::dns::Resolve for GuardedResolver {
    fn resolve(&self, name: reqwest::dns::Name) -> reqwest::dns::Resolving {
        let guard = self.guard;
        Box::pin(async move {
            let host = name.as_str().to_owned();
            let addresses: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0))
                .await?
                .filter(|address| guard.check_address(address.ip()).is_ok())
                .collect();
            if addresses.is_empty() {
                return Err(
                    Box::new(Refused(format!("{host} resolves to no public address")))
                        as Box<dyn std::error::Error + Send + Sync>,
                );
            }
            Ok(Box::new(addresses.into_iter()) as reqwest::dns::Addrs)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PRODUCTION: Guard = Guard {
        allow_loopback_http: false,
    };
    const DEVELOPMENT: Guard = Guard {
        allow_loopback_http: true,
    };

    #[test]
    fn internal_and_disguised_addresses_are_refused() {
        for url in [
            "http://hooks.partner.example/in",
            "https://127.0.0.1/in",
            "https://2130706433/in",
            "https://0x7f.0.0.1/in",
            "https://017700000001/in",
            "https://[::1]/in",
            "https://[::ffff:127.0.0.1]/in",
            "https://[::ffff:a9fe:a9fe]/in",
            "https://169.254.169.254/latest/meta-data/",
            "https://[fd00:ec2::254]/",
            "https://10.0.0.8/in",
            "https://192.168.1.1/in",
            "https://172.16.5.4/in",
            "https://100.64.0.1/in",
            "https://0.0.0.0/in",
            "https://[64:ff9b::7f00:1]/in",
            "https://[2002:7f00:1::]/in",
            "https://[fe80::1]/in",
            "https://localhost/in",
            "https://metadata.google.internal/",
            "https://user:pass@hooks.partner.example/in",
            "ftp://hooks.partner.example/in",
            "file:///etc/passwd",
        ] {
            assert!(PRODUCTION.check_url(url).is_err(), "{url} accepted");
        }
        assert!(PRODUCTION
            .check_url("https://hooks.partner.example/in")
            .is_ok());
        assert!(PRODUCTION.check_url("https://93.184.215.14/in").is_ok());
    }

    #[test]
    fn development_allows_plain_http_to_loopback_only() {
        assert!(DEVELOPMENT.check_url("http://127.0.0.1:8099/in").is_ok());
        assert!(DEVELOPMENT.check_url("http://[::1]:8099/in").is_ok());
        assert!(DEVELOPMENT.check_url("http://localhost:8099/in").is_ok());
        assert!(DEVELOPMENT.check_url("http://10.0.0.8/in").is_err());
        assert!(DEVELOPMENT
            .check_url("http://hooks.partner.example/in")
            .is_err());
        assert!(DEVELOPMENT.check_url("https://169.254.169.254/").is_err());
        assert!(PRODUCTION.check_url("http://127.0.0.1:8099/in").is_err());
    }

    /// The delivery-time check: a name is resolved, and internal addresses are dropped, so a name
    /// pointing at 127.0.0.1 gets no connection (in production; development allows loopback).
    #[tokio::test]
    async fn names_resolving_to_internal_addresses_get_no_address() {
        use reqwest::dns::Resolve as _;
        use std::str::FromStr as _;
        let production = GuardedResolver { guard: PRODUCTION };
        let name = reqwest::dns::Name::from_str("localhost").expect("a name");
        assert!(production.resolve(name).await.is_err());
        let development = GuardedResolver { guard: DEVELOPMENT };
        let name = reqwest::dns::Name::from_str("localhost").expect("a name");
        let addresses: Vec<SocketAddr> =
            development.resolve(name).await.expect("loopback").collect();
        assert!(addresses.iter().all(|address| address.ip().is_loopback()));
    }
}
