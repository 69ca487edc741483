//! The credentials of a remote target: the account SID and a key pair or token, taken as a
//! unit from the environment if it has any, else from the profile, with where they came from.

use secrecy::SecretString;

use super::origin::Origin;
use super::{EnvInputs, SettingsError, Target, ENV_PROFILE};
use crate::config::Profile;
use crate::domain::{parse_sid, SidKind};
use crate::twilio::Auth;

/// The target, and the sources of its account SID and of its credentials.
pub(super) fn remote_target(
    name: &str,
    env: &EnvInputs,
    profile: &Profile,
) -> Result<(Target, Origin, Origin), SettingsError> {
    let in_profile = |field: &str| {
        if name == ENV_PROFILE {
            String::new()
        } else {
            format!(", or `{field}` in profile {name}")
        }
    };
    let (account_sid, origin, account_origin) = if let Some(a) = &env.twilio_account_sid {
        (
            a.clone(),
            "TWILIO_ACCOUNT_SID".to_owned(),
            Origin::Env("TWILIO_ACCOUNT_SID"),
        )
    } else if let Some(a) = &profile.account_sid {
        (a.clone(), format!("profile {name}"), Origin::Profile)
    } else {
        return Err(SettingsError::Missing {
            what: "the Twilio account SID".into(),
            hint: format!("set TWILIO_ACCOUNT_SID{}", in_profile("account_sid")),
        });
    };
    let account_sid = parse_sid(SidKind::Account, &account_sid)
        .map_err(|source| SettingsError::InvalidSid { origin, source })?;

    let key_pair = |key: &Option<String>, secret: &Option<SecretString>, env: bool| {
        let (key_name, secret_name) = if env {
            ("TWILIO_API_KEY".to_owned(), "TWILIO_API_SECRET".to_owned())
        } else {
            (
                format!("`api_key` in profile {name}"),
                format!("`api_secret` in profile {name}"),
            )
        };
        match (key, secret) {
            (Some(k), Some(s)) => {
                let sid =
                    parse_sid(SidKind::ApiKey, k).map_err(|source| SettingsError::InvalidSid {
                        origin: key_name.clone(),
                        source,
                    })?;
                Ok(Auth::ApiKey {
                    sid,
                    secret: s.clone(),
                })
            }
            (Some(_), None) => Err(SettingsError::Missing {
                what: "the API key's secret".into(),
                hint: format!("set {secret_name} along with {key_name}"),
            }),
            (None, _) => Err(SettingsError::Missing {
                what: "the API key (SK…) for the API secret".into(),
                hint: format!("set {key_name} along with {secret_name}"),
            }),
        }
    };

    let (auth, credentials) = if env.twilio_api_key.is_some() || env.twilio_api_secret.is_some() {
        (
            key_pair(&env.twilio_api_key, &env.twilio_api_secret, true)?,
            Origin::Env("TWILIO_API_KEY"),
        )
    } else if let Some(t) = &env.twilio_auth_token {
        (Auth::Token(t.clone()), Origin::Env("TWILIO_AUTH_TOKEN"))
    } else if profile.api_key.is_some() || profile.api_secret.is_some() {
        (
            key_pair(&profile.api_key, &profile.api_secret, false)?,
            Origin::Profile,
        )
    } else if let Some(t) = &profile.auth_token {
        (Auth::Token(t.clone()), Origin::Profile)
    } else {
        return Err(SettingsError::Missing {
            what: format!("a secret for account {account_sid}"),
            hint: format!(
                "set TWILIO_API_KEY and TWILIO_API_SECRET (or TWILIO_AUTH_TOKEN){}",
                if name == ENV_PROFILE {
                    ", or save them with `flexctl profile add NAME`".to_owned()
                } else {
                    format!(", or run `flexctl profile add {name}`")
                }
            ),
        });
    };
    Ok((
        Target::Remote { account_sid, auth },
        account_origin,
        credentials,
    ))
}
