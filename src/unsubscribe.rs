//! `communique unsubscribe TOKEN`: what the one-click link does, for requests that arrive by
//! mail. Takes the token, the whole link, or the subject `unsubscribe TOKEN`.

use communique_store::Left;

use crate::cli::Cli;
use crate::report::Failure;

/// The token inside what was pasted: the last word, after the last `/`.
fn token_of(input: &str) -> &str {
    let word = input.split_whitespace().last().unwrap_or("");
    let word = word.trim_matches(|c| matches!(c, '<' | '>'));
    word.rsplit('/').next().unwrap_or(word)
}

pub async fn run(cli: &Cli, input: &str) -> Result<(), Failure> {
    // A secret made now could verify no token ever sent.
    let Some(key) = crate::secret::existing_token_key(&cli.db)? else {
        return Err(crate::secret::missing(&cli.db, "unsubscribe"));
    };
    let Some((id, list)) = key.verify(token_of(input)) else {
        return Err(Failure::Usage(
            "this is not a genuine unsubscribe token (damaged, or signed with another secret): nothing was changed".into(),
        ));
    };
    let store = crate::store::open_existing(&cli.db)
        .await
        .map_err(Failure::Store)?;
    let email = store
        .profile(id)
        .await
        .map_err(Failure::Store)?
        .map(|p| p.subscriber.email);
    match (
        store.leave_list(id, &list).await.map_err(Failure::Store)?,
        email,
    ) {
        (Left::Unsubscribed, Some(email)) => {
            println!("{email} is unsubscribed from the list `{list}`");
        }
        (Left::Already, Some(email)) => {
            println!("{email} was already unsubscribed from the list `{list}`: nothing changed");
        }
        _ => {
            return Err(Failure::Usage(format!(
                "the token names subscriber {id}, who is not in this store: nothing was changed"
            )));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::token_of;

    #[test]
    fn the_token_is_found_in_a_link_or_a_subject() {
        assert_eq!(token_of("abc.def"), "abc.def");
        assert_eq!(token_of("https://press.example.org/u/abc.def"), "abc.def");
        assert_eq!(token_of("<https://press.example.org/u/abc.def>"), "abc.def");
        assert_eq!(token_of("Subject: unsubscribe abc.def "), "abc.def");
    }
}
