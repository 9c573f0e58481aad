"""dev421 positives: political violence on the streets of Bangkok, Phnom Penh and Vietnam's
provinces (the 2014 and 2020-21 protests, the 2014 garment strike and anti-China riots, Dong Tam
in 2020 and the 2023 Dak Lak attacks).

POSITIVES = [(title, text, tag codes, kind), ...]
"""


def _j(*sentences: str) -> str:
    return " ".join(sentences)


POSITIVES = [
    (
        "Four dead, dozens hurt as police move on protest camps at Phan Fa",
        _j(
            "Four people, among them a police officer, were killed and at least 64 wounded on Tuesday when riot police tried to clear anti-government protesters from sites around the Phan Fa Lilat bridge, the Erawan Emergency Medical Centre said.",
            "Gunfire broke out soon after police began pulling down tents and barricades of sandbags and tyres on Ratchadamnoen Avenue in the morning.",
            "A grenade thrown at police lines near the bridge killed an officer and wounded several others, the Centre for Maintaining Peace and Order said.",
            "Television footage showed a man in black firing a handgun at police from behind protesters, and officers firing back.",
            "The centre said its men carried only shields, batons and rubber bullets and that live rounds had been fired by unidentified gunmen.",
            "Protest leader Suthep Thaugsuban told supporters from the stage that they would not retreat and called on them to surround the offices of caretaker Prime Minister Yingluck Shinawatra.",
            "Police said they had detained 144 protesters, who were taken to the Border Patrol Police headquarters in Pathum Thani.",
            "The clashes were the deadliest since the protests began in November.",
        ),
        "U E",
        "clash",
    ),
    (
        "Children among dead in weekend attacks on PDRC rallies in Trat and Bangkok",
        _j(
            "Two children were among three people killed when a grenade exploded near a protest stage outside the Big C store at Ratchaprasong intersection on Sunday afternoon, a day after gunmen shot dead a five-year-old girl at a rally in Trat province.",
            "The Bangkok blast wounded 22 people, most of them protesters and passers-by eating at food stalls, according to the Erawan centre.",
            "Police said the grenade had been fired from an M79 launcher from the direction of a nearby building, and they were reviewing security camera footage.",
            "In Khao Saming district of Trat on Saturday night, gunmen in a pickup truck fired into a crowd of anti-government demonstrators and threw explosives, killing the girl and wounding 34, provincial police said.",
            "Both sides of the political divide condemned the attacks.",
            "The caretaker government said it would offer a reward for information leading to the killers, while the protest leaders accused it of failing to protect their supporters.",
            "Twenty people have died and more than 700 have been hurt in violence linked to the protests since late November.",
        ),
        "U V E",
        "attack",
    ),
    (
        "Water cannon, tear gas and gunfire as protesters march on Parliament",
        _j(
            "Police fired water cannon laced with an irritant chemical and tear gas at thousands of pro-democracy protesters trying to reach Parliament on Tuesday, as lawmakers inside debated proposals to amend the constitution.",
            "Protesters pulled apart coils of razor wire and pushed away buses parked across Samsen Road, using inflatable rubber ducks as shields against the jets of water.",
            "Later in the afternoon, fights broke out between the protesters and royalist counter-demonstrators in yellow shirts, who threw rocks and bottles.",
            "At least 55 people were hurt, including six who suffered gunshot wounds, the Erawan Emergency Medical Centre said.",
            "Police said they had not used live ammunition or rubber bullets and had ordered an investigation into who fired the shots.",
            '"They used chemicals against unarmed people," a student leader told the crowd after the protesters reached the Kiak Kai intersection by night.',
            "Amnesty International called for an independent inquiry into the use of force.",
            "It was the most violent day since the youth-led movement began holding street rallies in July.",
        ),
        "U",
        "crackdown",
    ),
    (
        "Boy shot in Din Daeng clashes dies as nightly battles with police go on",
        _j(
            "A 15-year-old boy who was shot in the neck during clashes near Din Daeng police station in August died in hospital on Thursday, his family said, as young protesters and crowd-control police fought again in the area for the third month running.",
            "The boy had been standing near the police station when shots were fired from inside the compound, according to witnesses cited by Thai Lawyers for Human Rights.",
            "Police said one officer had been charged with attempted murder over the shooting.",
            "On Wednesday night, hundreds of youths threw firecrackers and homemade ping-pong bombs at police lines at the Din Daeng intersection and set tyres alight on Vibhavadi Rangsit Road.",
            "Police fired rubber bullets and tear gas and arrested 27 people, most of them teenagers, a Metropolitan Police Bureau spokesman said.",
            "Residents of the Din Daeng housing blocks said tear gas drifted into their flats most nights.",
            '"We are not afraid of them any more," said a 17-year-old who joined the clashes on a motorbike, his face covered by a scarf.',
        ),
        "U",
        "clash",
    ),
    (
        "Military police open fire on garment strikers on Veng Sreng, at least three killed",
        _j(
            "At least three people were killed and more than 20 wounded on Friday when military police armed with AK-47 rifles opened fire on striking garment workers on Veng Sreng Boulevard in Phnom Penh's Por Sen Chey district, rights groups said.",
            "Workers demanding a monthly minimum wage of $160 had blocked the road outside the Canadia Industrial Park with burning tyres, and some threw rocks and petrol bombs at the security forces.",
            "Military police advanced before dawn, firing over the heads of the crowd and then directly at the protesters, witnesses told the Post.",
            "The Cambodian League for the Promotion and Defence of Human Rights said the wounded included at least ten with gunshot wounds, and that 23 people had been arrested.",
            "A spokesman for the military police said officers had acted in self-defence after protesters attacked them with knives, iron bars and stones.",
            "By midday, riot police had cleared the road and were patrolling the area, where shops stayed shuttered.",
            "On Saturday, authorities broke up the opposition's protest camp at Freedom Park and banned public gatherings in the capital.",
        ),
        "U",
        "crackdown",
    ),
    (
        "Factories torched in Binh Duong as anti-China protests turn violent",
        _j(
            "Thousands of workers rampaged through industrial parks in the southern province of Binh Duong on Tuesday night, setting fire to at least 15 factories they believed to be Chinese-owned, in anger at China's deployment of an oil rig in waters claimed by Vietnam.",
            "Many of the factories attacked belonged to Taiwanese, South Korean and Singaporean companies, whose managers hung Vietnamese flags and banners at their gates in the hope of being spared.",
            "Police said 460 people had been arrested in Binh Duong and neighbouring Dong Nai province.",
            "In central Ha Tinh province, rioters attacked workers at a steel plant being built by Taiwan's Formosa, killing at least one Chinese worker and injuring about 90, a provincial official said.",
            "Hundreds of Chinese nationals fled to Cambodia by road on Wednesday, border officials in Tay Ninh said.",
            "Prime Minister Nguyen Tan Dung ordered the police to punish those who had incited the violence and to protect foreign businesses.",
            "Beijing demanded that Hanoi protect Chinese citizens and their property and said the violence was a serious matter.",
        ),
        "U V",
        "riot",
    ),
    (
        "Four dead as police move into Dong Tam commune in land dispute",
        _j(
            "Three police officers and a local man were killed in clashes in Dong Tam commune on the outskirts of Hanoi early on Thursday, when thousands of police moved in to protect workers building a wall around a military airfield, the Ministry of Public Security said.",
            "The ministry said villagers had attacked officers with grenades, petrol bombs and knives, and that the three officers died after falling into a shaft while chasing attackers.",
            "The man killed was Le Dinh Kinh, 84, a village elder who had led residents' opposition to the seizure of land in the area for years.",
            "Police said he was shot during the operation, while his relatives said he was killed in his home.",
            "Twenty-two people were detained and weapons including grenades and petrol bombs were seized, according to the ministry.",
            "Residents contacted by telephone said the commune had been sealed off, with internet and phone lines cut for several hours.",
            "The dispute over 59 hectares of land next to the Mieu Mon airfield led to a standoff in 2017, when villagers held 38 police officers and officials for a week.",
        ),
        "U",
        "raid",
    ),
    (
        "Nine killed in armed attacks on two Dak Lak commune headquarters",
        _j(
            "Armed men attacked the headquarters of Ea Tieu and Ea Ktur communes in Cu Kuin district of Dak Lak province early on Sunday, killing nine people, including four police officers and two commune officials, the Ministry of Public Security said.",
            "The attackers, some in camouflage and armed with guns and machetes, burst into the buildings shortly after midnight, the ministry said.",
            "The ministry described the attacks as acts of terrorism aimed at the people's administration and said a special task force had been set up to hunt the attackers.",
            "By Monday afternoon 16 suspects had been arrested, and police with dogs were searching coffee plantations in the area for others.",
            "Residents of Ea Tieu said they heard gunfire for about half an hour and saw the commune building on fire.",
            "Deputy Prime Minister Tran Luu Quang visited the scene on Monday and ordered local authorities to help the families of the dead.",
        ),
        "T V",
        "attack",
    ),
    (
        "Opposition supporters beat district guards as Freedom Park rally turns violent",
        _j(
            "Dozens of people were injured on Tuesday when supporters of the opposition Cambodia National Rescue Party fought with district security guards who were trying to stop them from reopening Freedom Park in Phnom Penh.",
            "Protesters tore down the barbed-wire barricades around the park and attacked guards from Daun Penh district with sticks, flagpoles and bricks, according to witnesses and video footage.",
            "Several guards were beaten as they lay on the ground, and at least one was left unconscious, Daun Penh district governor Kuch Chamroeun said.",
            "The district said 37 of its guards and police had been hurt, some seriously, while the CNRP said a number of its supporters had also been injured.",
            "Guards had used batons and sticks to break up earlier gatherings at the park, which has been closed to demonstrations since January.",
            "Police on Tuesday evening arrested six opposition lawmakers-elect, including Mu Sochua, and charged them with leading an insurrection.",
            "Riot police with shields and electric batons patrolled the area around the park overnight.",
        ),
        "U",
        "riot",
    ),
]
