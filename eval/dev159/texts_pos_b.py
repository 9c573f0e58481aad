"""dev159 positives (2 of 3): the sport and culture desks' reports of current organised violence in
Gaza, Lebanon, Israel and Iran, South Asia and Myanmar: players killed, pitches, clubs and
concerts hit, leagues stopped by strikes, a crackdown on fans (eval/README.md, section 1)."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Former Palestine midfielder killed by Israeli fire near Gaza aid site, federation says",
        "The Palestinian Football Association said on Thursday that Jihad Abu Lebda, a former "
        "national team midfielder who captained Shabab Rafah to two Gaza Strip league titles, "
        "had been killed by Israeli fire while waiting for food near an aid distribution point "
        "in southern Gaza. Abu Lebda, 38, had gone to the site west of Rafah before dawn on "
        "Wednesday with his brother and was shot as the crowd moved towards the gates, the "
        "association said. The Israeli military said troops had fired warning shots at "
        '"suspects" approaching its forces and that it was aware of reports of casualties, '
        "which were under review. Gaza's health ministry says hundreds of people have been "
        "killed near the distribution sites since they opened in late May. UEFA posted a "
        'tribute calling Abu Lebda "a talent who gave hope to countless children, even in the '
        'darkest of times", without saying how he died, drawing criticism from fans and former '
        "players who asked why the circumstances had been left out. The Palestinian association"
        " says more than 400 footballers, coaches and officials have been killed in Gaza since "
        "October 2023, a figure that could not be independently verified. Abu Lebda leaves five"
        " children. His former coach, speaking by phone from Deir al-Balah, said the team had "
        'not trained for nearly two years. "Now we bury the players instead," he said.',
        "V H",
        "shooting at aid site",
    ),
    (
        "Israeli strike on Gaza City sports club sheltering displaced families kills 11",
        "An Israeli air strike hit a sports club in western Gaza City where hundreds of "
        "displaced Palestinians had been sheltering, killing at least 11 people including four "
        "children, medics and the Civil Defence said on Saturday. The club's hall and its small"
        " stadium had been turned into a makeshift shelter after families fled the Israeli "
        "ground offensive in Jabalia further north, with tents pitched across the pitch and "
        'washing hung from the goalposts. "We came here because we were told it was safe," said'
        ' a woman who said she had lost her nephew. "There is no safe place." The Israeli '
        'military said it had carried out a "precise strike" on Hamas militants operating from '
        "a command centre inside the compound and had taken steps to reduce harm to civilians. "
        "Doctors at al-Ahli Arab hospital said they were overwhelmed, with wounded people lying"
        " in corridors and fuel for the generators running low. The UN agency for Palestinian "
        "refugees says around 1.9 million people, nearly the entire population of Gaza, have "
        "been displaced at least once since October 2023. The Palestinian Olympic Committee "
        "said the club, founded in the 1950s, had produced several national team players. "
        "Gaza's two main stadiums have also been damaged or used as shelters during the war. "
        "Rescue workers used their hands and a single bulldozer to search for survivors under "
        "the collapsed roof of the hall. The Civil Defence said two of its crew members were "
        "injured when a second strike hit nearby as they arrived. Among the dead was a former "
        "goalkeeper of the club's youth team, relatives said. The Palestinian Football "
        "Association has said that dozens of sports facilities across Gaza have been destroyed "
        "or damaged.",
        "E V D H",
        "airstrike",
    ),
    (
        "Israeli strikes near Baalbek's Roman temples alarm archaeologists as residents flee",
        "Israeli air strikes hit the eastern Lebanese city of Baalbek on Wednesday, one of them"
        " landing a few hundred metres from the Roman temple complex that is among the "
        "best-preserved in the world, local officials said. The strikes came hours after the "
        "Israeli military ordered residents of the city and surrounding villages to leave, "
        "prompting thousands of people to flee along the roads towards Zahle and the mountains,"
        " many in cars piled with mattresses. At least 19 people were killed across the Baalbek"
        " area during the day, the governor's office said. One strike flattened a building in a"
        " district overlooking the ruins, and dust and debris covered part of the site. Israel "
        "says it is targeting Hezbollah fighters and weapons depots, and it accuses the group "
        "of hiding arms in civilian areas. Lebanon's culture minister asked UNESCO to grant the"
        " site enhanced protection, and archaeologists urged all sides to spare it. The Baalbek"
        " International Festival, which has brought Ella Fitzgerald, Nina Simone and Fairuz to "
        "the temple steps since it began in 1956, had already cancelled its summer programme. "
        '"These stones have survived earthquakes and empires," one of its organisers said by '
        "phone from Beirut.",
        "E D",
        "airstrike",
    ),
    (
        "Israeli basketball finals postponed as Iranian missiles hit Tel Aviv area",
        "Israel's basketball league postponed its championship finals indefinitely on Sunday "
        "after a third night of Iranian missile barrages hit the Tel Aviv area, and the Home "
        "Front Command banned all public gatherings across the country. Iran fired more than 50"
        " ballistic missiles at Israel overnight, killing at least eight people and injuring "
        "dozens, Israeli emergency services said, with one missile hitting a residential "
        "building in Bat Yam, south of Tel Aviv. The salvos were Iran's response to a wave of "
        "Israeli air strikes that began on Friday against its nuclear facilities, air defences "
        "and military commanders, which Iranian officials say have killed more than 200 people."
        " Israeli jets struck targets in Tehran again on Sunday, including what the military "
        "described as the headquarters of Iran's defence ministry. The series between Hapoel "
        "Tel Aviv and Maccabi Tel Aviv had been level at one game each. Foreign players on both"
        " teams were leaving the country by land through Jordan and Egypt, club officials said,"
        " with Israel's main airport closed. Iran's sports ministry also suspended all "
        "competitions, and its national volleyball team withdrew from the Nations League. "
        '"Nobody is thinking about basketball right now," Hapoel\'s coach told Channel 12.',
        "E M",
        "missile strikes",
    ),
    (
        "Rocket strike on Golan Heights football pitch kills 12 children and teenagers",
        "A rocket struck a football pitch in the Druze town of Majdal Shams in the "
        "Israeli-annexed Golan Heights on Saturday evening, killing 12 children and teenagers "
        "who were playing there, Israeli officials and medics said. It was the deadliest strike"
        " on Israeli-controlled territory since the start of cross-border fire with Lebanon in "
        "October. The Israeli military said the rocket was an Iranian-made Falaq-1 fired by "
        "Hezbollah, and vowed a strong response; the Lebanese group denied any involvement. The"
        " victims, aged between 10 and 16, had been playing on the pitch next to the town's "
        "youth centre when sirens sounded, and several were unable to reach a shelter in time, "
        'residents said. "The children had only seconds," one said. Druze elders asked Israeli '
        "ministers visiting the town on Sunday to leave, saying the community did not want its "
        "grief to be used for politics. Israeli aircraft struck targets in several parts of "
        "southern Lebanon overnight, the military said. The town's football club, which plays "
        "in Israel's fourth tier, cancelled its fixtures for the rest of the month. Thousands "
        "of mourners attended the funerals on Sunday, many of them dressed in white.",
        "E V",
        "rocket strike",
    ),
    (
        "Iranian man shot dead by security forces while celebrating World Cup defeat, rights "
        "groups say",
        "A young Iranian man was shot dead by security forces in the northern city of Rasht "
        "after he honked his car horn to celebrate Iran's World Cup defeat by the United "
        "States, two rights groups said on Wednesday, as anti-government protests again spilled"
        " onto the streets across the country. Videos shared on social media showed crowds in "
        "several cities cheering the result on Tuesday night, chanting slogans against the "
        "clerical leadership and setting off fireworks, while riot police fired tear gas in "
        "Tehran and Sanandaj. Oslo-based Iran Human Rights said the 26-year-old was hit in the "
        "head by a metal pellet fired by security forces at a junction and died in hospital "
        "hours later. Iranian authorities did not comment on his death. Many Iranians had "
        "turned against the national team, which they saw as close to the government, during "
        "the protests that erupted in September after the death in custody of Mahsa Amini. The "
        "players did not sing the national anthem before their opening match against England, a"
        " gesture widely seen as support for the demonstrators. Rights groups say more than 400"
        " protesters have been killed in the crackdown and thousands arrested. In Qatar, some "
        "Iranian fans said they had been harassed inside the stadium by government supporters "
        "for carrying pre-revolution flags.",
        "U",
        "crackdown",
    ),
    (
        "IPL suspended for a week as India and Pakistan trade strikes",
        "The Indian Premier League was suspended for a week on Friday, a day after a match in "
        "Dharamsala was abandoned mid-innings when air-raid sirens sounded and the floodlights "
        "were switched off, as hostilities between India and Pakistan escalated. India's "
        "cricket board said the safety of players, fans and broadcast staff was its priority, "
        "and foreign players began leaving the country. Pakistan fired waves of drones and "
        "artillery at military stations and towns in Jammu and Punjab on Thursday night, Indian"
        " officials said, two days after India struck what it called terrorist camps in "
        "Pakistan and Pakistani Kashmir in response to last month's killing of 26 men at "
        "Pahalgam. Shelling along the Line of Control has killed at least 16 civilians on the "
        "Indian side in Poonch, officials said, and thousands of villagers have moved to safer "
        "areas. Pakistan says Indian strikes have killed 31 civilians. The Pakistan Super "
        "League also moved its remaining matches to the United Arab Emirates after a drone fell"
        " near the stadium in Rawalpindi, hours before a game. The Dharamsala stadium, about "
        "200 km from the border, was cleared in 20 minutes. The board said a revised schedule "
        "would be announced once the government gave its clearance. In Amritsar and Jalandhar, "
        "authorities ordered blackouts on Thursday night as drones were intercepted overhead. "
        "Several airports in northern India were closed to civilian traffic.",
        "E M D",
        "cross-border strikes",
    ),
    (
        "Afghanistan pulls out of tri-series after three club cricketers killed in Paktika air "
        "strikes",
        "The Afghanistan Cricket Board withdrew from next month's tri-nation series in Pakistan"
        " on Saturday after it said three local cricketers were among those killed in Pakistani"
        " air strikes in Paktika province overnight. The players had travelled to the "
        "provincial capital Sharana for a friendly match and were hit at a gathering after "
        "returning to their homes in Urgun district, the board said in a statement, calling the"
        ' strikes a "cowardly attack" on civilians. Five other people were killed and seven '
        "injured, according to the Taliban administration's spokesman, who said the dead "
        "included women and children. Pakistan's military did not comment on the strikes, which"
        " came hours after the expiry of a 48-hour truce agreed following days of border "
        "fighting in which dozens of soldiers and fighters were killed. Islamabad accuses the "
        "Taliban of sheltering Pakistani Taliban militants who attack its security forces, a "
        "charge Kabul denies. Several Afghan internationals posted tributes to the three men on"
        ' social media. "They were the future of cricket in our province," a regional cricket '
        "official said. The tri-series, also featuring Sri Lanka, had been scheduled to be "
        "played in Rawalpindi and Lahore.",
        "E B",
        "airstrike",
    ),
    (
        "Suicide bomber strikes cricket tournament final in north-west Pakistan",
        "PESHAWAR: At least six people were killed and 23 injured when a suicide bomber blew "
        "himself up among spectators at the final of a local cricket tournament in Khyber "
        "Pakhtunkhwa's Lakki Marwat district on Friday, police said. The bomber, on foot, "
        "approached the boundary rope shortly before the prize distribution ceremony as "
        "hundreds of people watched from the edge of the ground, the district police officer "
        "told reporters. Among the dead were two players and a 12-year-old boy who had been "
        "selling snacks. The tournament had been organised by a local peace committee whose "
        "members have been targeted by militants in the past. The banned Tehreek-e-Taliban "
        "Pakistan (TTP) denied involvement, but police said the attack bore the hallmarks of a "
        "faction linked to the group. The chief minister condemned what he called a cowardly "
        "act of terrorism and sought a report from the police. Lakki Marwat, which borders "
        "North Waziristan, has seen a sharp rise in attacks on police and pro-government elders"
        " since the TTP ended its ceasefire with the government in late 2022. The injured were "
        "shifted to the district headquarters hospital, and several critically wounded were "
        "referred to Bannu. The district cricket association suspended all matches for a week.",
        "T E V",
        "suicide bombing",
    ),
    (
        "Junta jets bomb Karenni resistance anniversary concert, killing singers and villagers",
        "Myanmar military jets bombed a concert held to mark the anniversary of a Karenni "
        "resistance group in eastern Kayah state on Saturday night, killing at least 38 people,"
        " among them two singers and several members of a local band, resistance officials and "
        "rescue workers said. About 500 people, including fighters and families from nearby "
        "villages, had gathered in a field near Demoso township when two aircraft dropped bombs"
        ' shortly after 9pm, witnesses told The Irrawaddy. "The stage was hit first, then the '
        'crowd," said a volunteer medic who helped carry the wounded to a jungle clinic. Rescue'
        " workers said they had recovered the remains of 38 people, including seven children, "
        "and that more than 60 had been injured. The junta's information team said the military"
        ' had attacked a "terrorist gathering" and denied that civilians were targeted. The '
        "Karenni National Progressive Party said the concert was a cultural event and that most"
        " of those present were villagers. Since seizing power in 2021, the military has relied"
        " increasingly on air strikes as it loses ground to armed resistance groups, and rights"
        " groups have documented hundreds of attacks on schools, monasteries and public "
        'gatherings. The UN human rights office said it was "appalled" by the attack.',
        "E V",
        "airstrike",
    ),
]
