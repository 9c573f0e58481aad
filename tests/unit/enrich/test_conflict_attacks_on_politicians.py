"""Attacks on politicians in countries at peace (eval/dev63's and dev307's register): a
speaker shot dead, a senator wounded, an assassination attempt at a rally are political
violence. The gunman, the suspect and the manhunt of the rest of the story are how police
tell it, not a sign that it is an ordinary crime; the words used of a smear campaign or of
an attempt long past report no current attack."""

from __future__ import annotations

from .support import tag


def test_a_speaker_shot_dead_and_a_senator_wounded_are_political_violence():
    conflict = tag(
        "Former speaker killed, senator wounded in shootings at their homes",
        "A former speaker of the state assembly and her husband were shot dead at their home "
        "early on Sunday, and a state senator was wounded in a separate attack nearby, police "
        "said. The gunman fled on foot after exchanging fire with officers. The suspect was "
        "arrested after a two-day manhunt, and detectives found a list of other lawmakers in "
        "his car.",
    )
    assert conflict.is_conflict is True
    assert "violence_against_civilians" in {t.tag for t in conflict.tags}


def test_an_assassination_attempt_at_a_rally_is_no_ordinary_shooting():
    conflict = tag(
        "Candidate hurt as gunman opens fire at rally",
        "A gunman opened fire on her campaign rally from a rooftop on Saturday, grazing the "
        "candidate and killing a spectator, officials said. Police shot the suspect dead at "
        "the scene. The FBI said it was investigating the shooting as an assassination "
        "attempt, and detectives searched the gunman's home overnight.",
    )
    assert conflict.is_conflict is True


def test_a_mayors_stabbing_in_the_headline_outweighs_the_police_inquiry_that_follows():
    conflict = tag(
        "City mayor stabbed on stage at charity concert",
        "The mayor was stabbed on stage in front of hundreds of people at a charity concert "
        "on Sunday evening. The attacker, a man recently released from prison, shouted at "
        "the crowd before security guards held him. Prosecutors charged the suspect with "
        "attempted murder, and police said he had a history of violent crime.",
    )
    assert conflict.is_conflict is True


def test_a_smear_campaign_called_an_assassination_attempt_attacks_no_one():
    conflict = tag(
        "Minister says leaked messages were an assassination attempt on her career",
        "The minister said on Monday that rivals had spread false claims about her property "
        "dealings, calling the leaks a political attack. She said she had asked lawyers to sue "
        "several accounts for defamation.",
    )
    assert conflict.is_conflict is False


def test_an_assassination_attempt_long_past_is_history():
    conflict = tag(
        "Museum opens exhibition on the 1981 assassination attempt",
        "A museum in Washington opened an exhibition on Tuesday about the assassination "
        "attempt on the president in March 1981, showing the suit he wore and letters from "
        "the public. Curators said visitors were most moved by the recordings from the "
        "hospital.",
    )
    assert conflict.is_conflict is False


# The obituaries desk (eval/dev316): the life story around a killing (born in, elected in,
# "she leaves two sons") is no history when the death it reports is this week's attack.


def test_a_named_mp_shot_dead_in_the_headline_is_political_violence():
    conflict = tag(
        "Former MP Amina Yusufzai shot dead in Peshawar",
        "Amina Yusufzai, who served two terms in the provincial assembly, was killed at her "
        "home on Sunday, police said. She was 41. Born in Swat, she studied law in Lahore "
        "and was first elected in 2013. She leaves a husband and three daughters.",
    )
    assert conflict.is_conflict is True


def test_a_candidate_shot_at_a_campaign_rally_in_the_headline_is_no_campaign_story():
    conflict = tag(
        "Council candidate shot at campaign rally in Michoacán",
        "A candidate for the town council died on Thursday evening as she greeted supporters "
        "at the close of her campaign, state prosecutors said. She was 38. She had worked as "
        "a teacher for fifteen years before entering politics, and leaves two sons.",
    )
    assert conflict.is_conflict is True


def test_a_suicide_bombers_attack_this_week_is_no_remembrance():
    conflict = tag(
        "Party leader killed in rally bombing remembered by thousands",
        "The provincial party leader was killed on Sunday when a suicide bomber blew himself "
        "up at a workers' convention he was addressing, police said. He was 57. He taught at "
        "a seminary before entering politics in 2002 and was known for settling land disputes. "
        "His funeral prayers were held in his home village on Monday.",
    )
    assert conflict.is_conflict is True


def test_a_governor_praising_rangers_who_shot_dead_an_elephant_reports_no_attack():
    conflict = tag(
        "Governor praises rangers who shot dead rogue elephant",
        "The governor thanked wildlife rangers on Tuesday after they shot dead an elephant that "
        "had trampled crops in three villages, officials said.",
    )
    assert conflict.is_conflict is False


# The Japanese and Korean press (eval/dev357): a former prime minister shot during a
# campaign speech, an ambassador slashed at a forum.


def test_a_former_prime_minister_shot_during_a_campaign_speech_is_political_violence():
    conflict = tag(
        "Former prime minister shot during campaign speech in Nara",
        "The former prime minister collapsed after a man fired a homemade gun at him from "
        "behind as he spoke outside a train station on Friday, police said. He was taken to "
        "hospital by helicopter. Police arrested a 41-year-old man at the scene and seized the "
        "weapon.",
    )
    assert conflict.is_conflict is True


def test_an_ambassador_slashed_at_a_forum_is_political_violence():
    conflict = tag(
        "Ambassador slashed in face at breakfast forum",
        "The ambassador was attacked by a man wielding a knife at a breakfast forum in the "
        "capital on Thursday and needed 80 stitches, police said. The attacker, who shouted "
        "slogans against military drills, was detained at the scene.",
    )
    assert conflict.is_conflict is True


def test_a_minister_shot_by_a_photographer_for_a_cover_is_no_attack():
    # a guard for the headline form: "shot" alone, with no attack's words, stays a portrait
    conflict = tag(
        "Finance minister shot for magazine cover",
        "The new finance minister was photographed in her office for the magazine's December "
        "cover, the publisher said.",
    )
    assert conflict.is_conflict is False


def test_a_mayor_stabbed_on_stage_at_a_charity_concert_is_no_play():
    """A stage is no theatre's: the mayor's stabbing there stays political violence."""
    conflict = tag(
        "Mayor of the port city Jan Kowal stabbed on stage at charity finale; attacker "
        "shouts that ruling party jailed him",
        "The mayor of the port city, Jan Kowal, was stabbed in the chest and abdomen on "
        "Sunday evening while on stage at the finale of a charity concert in the city "
        "centre. The attacker, a 27-year-old who had recently left prison after serving a "
        "sentence for robberies, got onto the stage with a press badge. Holding a "
        "microphone, he shouted that he had been jailed innocently, before security staff "
        "took him away. The mayor died in hospital on Monday afternoon, doctors said. "
        "Thousands of people gathered in the main square that evening, and silent marches "
        "against violence were held in dozens of towns. Prosecutors charged the man with "
        "murder.",
    )
    assert conflict.is_conflict is True, conflict
