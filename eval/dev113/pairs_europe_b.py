"""dev113 contrast pairs 54-64, Europe: France, Germany, Spain, Britain, Belarus, Sweden, the
Netherlands, Moldova's Transnistria, Russia's Dagestan.

PAIRS = [(pair number, first twin, second twin), ...]; a twin is (title, text, tag codes, kind)
when it reports conflict and (title, text, kind code) when it does not. build.py hands them to
eval/conflictset as POSITIVES and NEGATIVES.
"""

PAIRS = [
    (
        54,
        (
            "Teacher stabbed to death in Arras school attack; terrorism inquiry opened",
            "A former pupil armed with a knife killed a teacher and seriously wounded three "
            "other people at a school in Arras, northern France, on Friday, shouting 'Allahu "
            "Akbar', police said. The national anti-terrorism prosecutor's office opened an "
            "investigation, and President Emmanuel Macron, who travelled to the school, spoke of "
            "'the barbarity of Islamist terrorism'. The government raised the national security "
            "alert to its highest level.",
            "T V",
            "terrorist attack",
        ),
        (
            "School assistant stabbed to death by pupil during bag search",
            "A 31-year-old school assistant died on Tuesday after being stabbed by a 14-year-old "
            "pupil during a bag search at the entrance to a secondary school in Nogent, eastern "
            "France, prosecutors said. The boy, who was arrested at the scene, had no known "
            "links to any extremist movement, the local prosecutor said. Prime Minister François "
            "Bayrou called for a ban on the sale of knives to minors.",
            "crime",
        ),
    ),
    (
        55,
        (
            "Gunman kills nine in racist attack on shisha bars in Hanau",
            "A gunman shot dead nine people, most of them with immigrant backgrounds, at two "
            "shisha bars in the German city of Hanau on Wednesday night before killing his "
            "mother and himself, police said. Federal prosecutors took over the investigation as "
            "a suspected act of terrorism, citing signs of a racist motive, and a manifesto the "
            "suspect had posted online described his hatred of foreigners. Chancellor Angela "
            "Merkel said racism was 'a poison'.",
            "T V",
            "terrorist attack",
        ),
        (
            "Hanau shooting club takes national air-rifle title",
            "A team from a Hanau shooting club won the German air-rifle championship in Munich "
            "on Sunday, beating the defending champions from Bavaria by two rings. Club chairman "
            "Jürgen Weber said it was the club's first national title in 30 years.",
            "sport",
        ),
    ),
    (
        56,
        (
            "Van ploughs into crowds on Las Ramblas, killing 13",
            "A van drove into crowds on Barcelona's Las Ramblas boulevard on Thursday afternoon, "
            "zigzagging for several hundred metres and killing at least 13 people, Catalan "
            "police said. Police said they were treating it as a terrorist attack, and Islamic "
            "State later claimed responsibility through its Amaq news agency. Hours later, "
            "police in Cambrils shot dead five suspects wearing fake explosive belts after a "
            "second attack.",
            "T V",
            "vehicle-ramming attack",
        ),
        (
            "TV drama restages Las Ramblas attack, upsetting victims' families",
            "Filming of a television series about the 2017 attack on Las Ramblas began in "
            "Barcelona on Monday, with a section of the boulevard closed to the public for the "
            "night. An association of victims said it had not been consulted and asked the "
            "producers to change the script. The six-part drama, due to air next year, follows "
            "the Catalan police officers who hunted down the cell.",
            "entertainment",
        ),
    ),
    (
        57,
        (
            "Bricks thrown at Southport mosque as police van is set alight",
            "Rioters threw bricks and bottles at a mosque in Southport on Tuesday evening and "
            "set fire to a police van, injuring more than 50 officers, Merseyside Police said. "
            "The disorder followed a vigil for three girls killed in a knife attack at a dance "
            "class the day before and was fuelled by false claims online about the suspect. "
            "Police said people had travelled from outside the town to take part. Local people "
            "turned out with brooms to clear the street the next morning.",
            "U V",
            "riot",
        ),
        (
            "Thousands hold silent vigil in Southport for girls killed at dance class",
            "Thousands of people gathered outside Southport's Atkinson theatre for a silent "
            "vigil for three girls killed in a knife attack at a holiday dance class, many of "
            "them carrying pink balloons. The town's vicar read the girls' names, and the crowd "
            "stood for a minute's silence before leaving flowers at the town hall. Merseyside "
            "Police thanked the public for its dignity. A book of condolence was opened at the "
            "town hall.",
            "protest",
        ),
    ),
    (
        58,
        (
            "Minsk police use stun grenades and rubber bullets on election protesters",
            "Riot police in Minsk fired stun grenades, rubber bullets and water cannon at tens "
            "of thousands of people protesting against the official result of Belarus's "
            "presidential election on Sunday night, and one protester died, the interior "
            "ministry said. The ministry said some 3,000 people had been detained across the "
            "country. Protesters built barricades in several districts and threw stones at "
            "police vans.",
            "U",
            "protest crackdown",
        ),
        (
            "Women in white march through Minsk; hundreds detained",
            "Thousands of women dressed in white and carrying flowers marched through central "
            "Minsk on Saturday in a peaceful protest against Alexander Lukashenko, singing as "
            "they walked. Masked officers dragged women into unmarked vans along the route, and "
            "the Viasna human rights centre said more than 390 had been detained. The women had "
            "changed their route after police sealed off Independence Square. Many were released "
            "in the evening after paying fines, Viasna said.",
            "U",
            "mass arrests at protest",
        ),
    ),
    (
        59,
        (
            "Police cars torched as riots over Quran burning spread in Sweden",
            "Rioters set fire to police cars and threw stones at officers in Norrköping and "
            "Linköping on Sunday, in a fourth day of unrest over rallies at which a far-right "
            "politician planned to burn copies of the Quran, Swedish police said. Police fired "
            "warning shots, and three people were injured by ricochets.",
            "U",
            "riots",
        ),
        (
            "Quran burned outside Stockholm mosque under police protection",
            "A man burned pages of a Quran outside Stockholm's central mosque on Wednesday, the "
            "first day of Eid al-Adha, after police granted permission for the protest, citing "
            "freedom of speech. A few dozen onlookers watched from behind a police cordon, and "
            "the protest ended after an hour without incident, police said.",
            "protest",
        ),
    ),
    (
        60,
        (
            "Israeli football fans hunted down in Amsterdam after Ajax match",
            "Groups of men on scooters and on foot attacked supporters of Maccabi Tel Aviv in "
            "central Amsterdam overnight after a Europa League match against Ajax, injuring at "
            "least five people, Dutch police said. Mayor Femke Halsema said fans had been hunted "
            "down in hit-and-run attacks and described the violence as antisemitic. Police said "
            "62 people had been detained; earlier in the evening Maccabi fans had torn down a "
            "Palestinian flag and chanted anti-Arab slogans.",
            "U V",
            "mob attacks",
        ),
        (
            "Feyenoord and Ajax hooligans clash on motorway before Klassieker",
            "Dozens of Feyenoord and Ajax hooligans fought with sticks and bottles at a petrol "
            "station on the A12 motorway on Sunday, hours before the Klassieker, Dutch police "
            "said. Three men were taken to hospital and riot police detained 40 people. The KNVB "
            "said both clubs would face sanctions if the fighters turned out to be season-ticket "
            "holders. The match itself passed without incident.",
            "sport",
        ),
    ),
    (
        61,
        (
            "Blast rips through Uppsala apartment block in suspected gang feud",
            "An explosion damaged the entrance and stairwell of an apartment block in Uppsala "
            "early on Thursday, injuring a woman and forcing the residents of 20 flats out of "
            "their homes, Swedish police said. Police said the blast was linked to a conflict "
            "between two criminal gangs, the latest in a wave of bombings and shootings that has "
            "hit the country since the summer. No arrests have been made.",
            "crime",
        ),
        (
            "Bomb squad defuses device outside Stockholm restaurant",
            "Police bomb technicians defused an explosive device found outside a restaurant in "
            "Södermalm, Stockholm, on Saturday night after a passer-by raised the alarm, and "
            "nearby buildings were evacuated for several hours. Police said the device contained "
            "enough explosive to cause serious damage and that they suspected a link to a gang "
            "conflict in the south of the city. A 15-year-old boy was detained.",
            "crime",
        ),
    ),
    (
        62,
        (
            "Lyon coach injured as team bus is attacked in Marseille",
            "Lyon's match at Marseille was postponed on Sunday after the visitors' bus was "
            "pelted with stones and bottles on its way to the Vélodrome, leaving coach Fabio "
            "Grosso with cuts to his face. Marseille supporters also attacked a bus carrying "
            "Lyon fans, police said. Two people were arrested, and the league opened "
            "disciplinary proceedings.",
            "sport",
        ),
        (
            "Lyon's attack finally clicks as Lacazette double sinks Marseille",
            "Alexandre Lacazette scored twice as Lyon's attack finally clicked in a 3-1 win over "
            "Marseille at the Groupama Stadium on Sunday night. Rayan Cherki set up both goals, "
            "and the Marseille defence was left chasing shadows for most of the second half.",
            "sport",
        ),
    ),
    (
        63,
        (
            "Explosions hit Transnistria's security ministry and radio masts",
            "Explosions damaged the headquarters of the security ministry in Tiraspol, capital "
            "of Moldova's breakaway Transnistria region, on Monday evening, and two radio masts "
            "broadcasting Russian stations were blown up the next morning near the border with "
            "Ukraine, the local authorities said. Witnesses said the ministry building had been "
            "hit by rocket-propelled grenades. The region's leader called the attacks terrorism, "
            "raised the terror alert to red and set up checkpoints at the entrances to towns.",
            "E T",
            "attacks with explosives",
        ),
        (
            "Sheriff Tiraspol stun Real Madrid at the Bernabéu",
            "Sheriff Tiraspol, the champions of Moldova from the breakaway region of "
            "Transnistria, beat Real Madrid 2-1 at the Bernabéu on Tuesday in one of the biggest "
            "upsets in Champions League history. Sébastien Thill hit the winner from 25 metres "
            "in the 89th minute after Sheriff had defended deep and attacked on the break all "
            "night. Fans poured into the centre of Tiraspol to celebrate.",
            "sport",
        ),
    ),
    (
        64,
        (
            "Mob storms Dagestan airport in search of Israeli passengers",
            "Hundreds of men broke into Makhachkala airport in Russia's Dagestan on Sunday "
            "evening and ran onto the runway, surrounding a plane that had arrived from Tel Aviv "
            "and hunting for Israeli passengers, videos showed. Officials said 20 people, "
            "including nine police officers, were injured before order was restored. Some "
            "passengers hid in the aircraft for hours, and the airport was closed until Tuesday.",
            "U V",
            "mob attack",
        ),
        (
            "Makhachkala airport closed as downpour floods runway",
            "Makhachkala airport suspended all flights on Monday after heavy rain flooded the "
            "runway and part of the terminal, Dagestan's transport ministry said. Planes bound "
            "for the city were diverted to Mineralnye Vody and Grozny, and about 2,000 "
            "passengers were stranded.",
            "disaster",
        ),
    ),
]
