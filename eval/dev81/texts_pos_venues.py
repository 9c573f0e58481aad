"""eval/dev81 positives: stadiums, concert halls, festivals, theatres, cinemas, malls, beaches and
wedding halls attacked, bombed or shelled.
"""

POSITIVES = [
    (
        "Suicide bomber kills 22 at Manchester concert as fans leave pop show",
        "A suicide bomber detonated a device packed with bolts in the foyer of Manchester "
        "Arena as thousands of young fans left a pop concert on Monday night, killing 22 "
        "people, including children, police said. Prime Minister Theresa May called it a "
        "callous terrorist attack. Parents searched hospitals overnight for missing "
        "teenagers.",
        "E T V",
        "suicide bombing",
    ),
    (
        "Gunmen open fire on rock concert in Paris, take hostages",
        "Gunmen armed with assault rifles opened fire on the audience at a rock concert at "
        "the Bataclan music hall in Paris on Friday night and held dozens hostage until "
        "police stormed the building, killing the attackers. At least 80 people died inside, "
        "officials said, as other attackers struck cafes and the national stadium. Islamic "
        "State claimed the attacks.",
        "T V B",
        "terrorist attack",
    ),
    (
        "Blasts outside Stade de France during France-Germany friendly",
        "Three suicide bombers blew themselves up outside the Stade de France during a "
        "France-Germany football friendly attended by President Francois Hollande, killing a "
        "passer-by, police said. The crowd of 80,000 was held inside after the final whistle "
        "and many spilled onto the pitch as news of attacks elsewhere in Paris spread. "
        "Prosecutors opened a terrorism inquiry.",
        "E T",
        "suicide bombing",
    ),
    (
        "Gunmen storm Moscow concert hall before rock show, set building on fire",
        "Gunmen in camouflage opened fire on people gathering for a rock concert at Crocus "
        "City Hall outside Moscow on Friday and then set the hall alight, killing at least "
        "130 people, Russian investigators said. Islamic State claimed the attack. The roof "
        "of the auditorium collapsed as firefighters fought the blaze. Four suspects were "
        "detained in the Bryansk region the next day.",
        "T V",
        "terrorist attack",
    ),
    (
        "Gunmen kill revellers at desert music festival near Gaza border",
        "Hamas gunmen who crossed from Gaza attacked an all-night music festival near Kibbutz "
        "Re'im at dawn on Saturday, shooting people as they fled across open fields and "
        "taking others hostage, Israeli officials said. Rescue services said 260 bodies had "
        "been recovered from the site. Among the dead were several DJs and the festival's "
        "sound engineers. Israel's prime minister called it the worst terrorist attack in the "
        "country's history.",
        "V T",
        "massacre",
    ),
    (
        "Two bombs explode near Boston Marathon finish line",
        "Two bombs exploded near the finish line of the Boston Marathon on Monday afternoon, "
        "killing three people and wounding more than 170, many of whom lost limbs, officials "
        "said. The blasts tore through crowds of spectators on Boylston Street about four "
        "hours into the race. The FBI said it was treating the bombing as an act of "
        "terrorism. Runners who had not yet finished were stopped on the course.",
        "E T V",
        "bombing",
    ),
    (
        "Bombs hit Borussia Dortmund team bus before Champions League game",
        "Three explosions hit the Borussia Dortmund team bus as it left the squad's hotel for "
        "a Champions League quarter-final on Tuesday, injuring defender Marc Bartra and a "
        "police officer, police said. The match against Monaco was postponed. Federal "
        "prosecutors took over the inquiry, saying they were treating it as a possible "
        "terrorist attack, after letters claiming an Islamist motive were found near the "
        "scene.",
        "E T",
        "bombing",
    ),
    (
        "Twin blasts outside Istanbul stadium kill police after Besiktas match",
        "A car bomb and a suicide attack struck riot police outside Besiktas's stadium in "
        "Istanbul two hours after a league match on Saturday night, killing 38 people, most "
        "of them officers, the interior minister said. A Kurdish militant group claimed the "
        "attack. The government called it a terrorist attack and declared a day of mourning.",
        "E T",
        "car bomb",
    ),
    (
        "Gunmen kill dozens watching World Cup in Kenyan coastal town",
        "Gunmen stormed the town of Mpeketoni on Kenya's coast on Sunday night, shooting men "
        "who had gathered in video halls to watch a World Cup match and setting a hotel and "
        "cars on fire, officials said. At least 48 people were killed. The Somali militant "
        "group al-Shabaab said it carried out the attack.",
        "T V",
        "terrorist attack",
    ),
    (
        "Bomb tears through World Cup viewing centre in northeast Nigeria",
        "A bomb exploded at a viewing centre in Damaturu where fans had gathered to watch a "
        "World Cup match on Tuesday, killing at least 21 people, police said. Officials "
        "blamed Boko Haram, which has attacked venues showing football in the northeast. "
        "Another explosion hit a viewing centre in Mubi last month.",
        "E T V",
        "bombing",
    ),
    (
        "Suicide bomber kills 29 at amateur football match south of Baghdad",
        "A suicide bomber blew himself up among spectators at the end of an amateur football "
        "tournament in Iskandariya, south of Baghdad, as the mayor was handing out trophies, "
        "killing 29 people, many of them boys, police said. Islamic State claimed "
        "responsibility. Players' families carried the wounded in their cars.",
        "E T V",
        "suicide bombing",
    ),
    (
        "Gunmen kill Real Madrid fans at cafe north of Baghdad",
        "Gunmen opened fire on members of a Real Madrid supporters' club watching a match at "
        "a cafe in the town of Balad, north of Baghdad, killing 16 people, officials said. "
        "Islamic State said it targeted the gathering. The Spanish club held a minute's "
        "silence before its next game.",
        "T V",
        "terrorist attack",
    ),
    (
        "Blast rips through Kabul cricket stadium during Ramadan tournament",
        "An explosion ripped through the Kabul International Cricket Stadium during a "
        "night-time Ramadan cricket match on Friday, killing at least eight people and "
        "wounding 45, police said. A suicide bomber had targeted the crowd near the entrance. "
        "Islamic State later claimed the blast.",
        "E T V",
        "suicide bombing",
    ),
    (
        "Suicide blast kills dozens at volleyball match in eastern Afghanistan",
        "A suicide bomber on a motorcycle blew himself up among spectators at a volleyball "
        "tournament in Paktika province on Sunday, killing at least 45 people, provincial "
        "officials said. Hundreds of people had come from nearby villages to watch. Officials "
        "called it a terrorist attack and blamed the Taliban, who had threatened villagers "
        "over support for local police.",
        "E T V",
        "suicide bombing",
    ),
    (
        "Truck ploughs into crowd watching Bastille Day fireworks in Nice",
        "A man drove a 19-tonne truck through a crowd that had gathered to watch Bastille Day "
        "fireworks on the seafront in Nice on Thursday night, killing 84 people, before "
        "police shot him dead, officials said. President Hollande said the attack was of a "
        "terrorist nature. Children were among the dead.",
        "T V",
        "vehicle attack",
    ),
    (
        "Gunman kills tourists on Tunisian beach",
        "A gunman who had hidden a rifle in a beach umbrella opened fire on tourists "
        "sunbathing outside a hotel near Sousse on Friday, killing 38 people, most of them "
        "British, before police shot him dead, Tunisia's interior ministry said. Islamic "
        "State claimed the attack. Tour operators began flying holidaymakers home.",
        "T V",
        "terrorist attack",
    ),
    (
        "Gunman pledging loyalty to Islamic State kills 49 at Orlando nightclub",
        "A gunman who pledged allegiance to Islamic State in a call to emergency services "
        "killed 49 people at a gay nightclub in Orlando early on Sunday, before police "
        "stormed the building and shot him dead, the FBI said. Officials are treating it as "
        "an act of terrorism. Relatives queued at a hotel for news of the missing.",
        "T V",
        "terrorist attack",
    ),
    (
        "Russian missile strikes crowded shopping centre in Kremenchuk",
        "A Russian missile struck a shopping centre in the central Ukrainian city of "
        "Kremenchuk on Monday afternoon when more than 1,000 people were inside, killing at "
        "least 18, officials said. Rescuers searched the burned-out shell of the mall, which "
        "housed an electronics store and a supermarket. President Zelenskiy said the building "
        "had no military value.",
        "E V",
        "missile strike",
    ),
    (
        "Guided bombs hit Kharkiv DIY hypermarket packed with weekend shoppers",
        "Two Russian guided bombs struck a DIY and garden hypermarket in Kharkiv on Saturday "
        "afternoon, killing at least 12 people and setting the store ablaze, regional "
        "officials said. About 200 shoppers and staff were inside. Smoke from the fire could "
        "be seen across the city.",
        "E V",
        "air strike",
    ),
    (
        "Missile hits Chernihiv theatre square during drone exhibition",
        "A Russian missile struck the central square of Chernihiv outside the city's drama "
        "theatre on Saturday, where people were visiting an exhibition of military drones and "
        "leaving church, killing seven people, including a six-year-old girl, officials said. "
        "The theatre building was badly damaged.",
        "E V",
        "missile strike",
    ),
    (
        "Bomb hits Mariupol drama theatre where hundreds sheltered",
        "A Russian air strike destroyed the drama theatre in the besieged city of Mariupol on "
        "Wednesday, where city officials said more than 1,000 people had been sheltering from "
        'the bombardment. The word "children" had been painted in large letters on the ground '
        "outside. Rescuers were unable to reach the building because of continued shelling.",
        "E V D H",
        "air strike",
    ),
    (
        "Shelling damages Shakhtar's stadium in Donetsk",
        "Shells struck the Donbass Arena in Donetsk on Wednesday, damaging the roof and an "
        "entrance, the club said, as fighting between government forces and separatists "
        "spread to the city's outskirts. Shakhtar Donetsk will play its home matches in Lviv. "
        "Residents have fled the districts nearest the airport, where the fighting is "
        "heaviest.",
        "E B D",
        "shelling",
    ),
    (
        "Strike on Kharkiv sports complex damages Olympic training base",
        "A Russian missile struck a sports complex in Kharkiv overnight, damaging a pool and "
        "a gym used by Ukraine's Olympic swimmers and wrestlers, the regional governor said "
        "on Thursday. Two security guards were wounded. The city has been hit by missiles "
        "almost every night this week.",
        "E",
        "missile strike",
    ),
    (
        "Rocket from Lebanon hits football pitch in Golan town, killing children",
        "A rocket struck a football pitch in the Druze town of Majdal Shams in the "
        "Israeli-occupied Golan Heights on Saturday, killing 12 children and teenagers who "
        "were playing there, Israeli officials said. Israel blamed Hezbollah, which denied "
        "firing at the town. Israeli jets struck targets in southern Lebanon overnight.",
        "E V",
        "rocket attack",
    ),
    (
        "Displaced families shelter in Gaza's main football stadium",
        "Hundreds of families who fled Israeli bombardment of the north of the Gaza Strip are "
        "living in tents on the pitch and in the stands of Gaza City's Yarmouk stadium, "
        "residents said. They have little water and food, and aid trucks have not reached the "
        "area for two weeks. Strikes hit nearby streets on Monday.",
        "D H E",
        "displacement",
    ),
    (
        "Myanmar air strike on concert kills singer and dozens of guests",
        "Myanmar military jets bombed an outdoor concert marking the founding anniversary of "
        "the Kachin Independence Organisation in Hpakant township on Sunday night, killing "
        "about 60 people, including a well-known Kachin singer and several musicians, the "
        "group said. The United Nations said it was alarmed by the attack on civilians.",
        "E V",
        "air strike",
    ),
    (
        "Al-Shabaab suicide bomber strikes reopened Mogadishu theatre",
        "A suicide bomber blew herself up at Somalia's national theatre in Mogadishu during a "
        "ceremony marking its reopening on Wednesday, killing the country's Olympic committee "
        "chief and the football federation head, officials said. Al-Shabaab said it was "
        "behind the attack. The theatre had been closed for two decades of war.",
        "E T",
        "suicide bombing",
    ),
    (
        "Pager explosions wound thousands across Lebanon",
        "Hundreds of pagers carried by Hezbollah members exploded almost at once across "
        "Lebanon on Tuesday afternoon, killing at least nine people, including a girl, and "
        "wounding about 2,800, the health minister said. The devices went off in "
        "supermarkets, on streets and in homes. Hezbollah blamed Israel and promised "
        "retaliation.",
        "E",
        "remote attack",
    ),
    (
        "Suicide bomber hits Kabul wedding hall, killing 63",
        "A suicide bomber blew himself up among hundreds of guests at a wedding hall in "
        "western Kabul late on Saturday, killing 63 people and wounding more than 180, the "
        "interior ministry said. The men's section of the hall was packed when the bomb "
        "exploded on the dance floor. Islamic State's local branch claimed the attack.",
        "E T V",
        "suicide bombing",
    ),
]
