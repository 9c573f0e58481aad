"""dev421 positives: the insurgency in Thailand's deep South (Pattani, Yala, Narathiwat and
Songkhla) and the 2016 bombings of the upper South, as the Bangkok Post and the Nation report them.

POSITIVES = [(title, text, tag codes, kind), ...]
"""


def _j(*sentences: str) -> str:
    return " ".join(sentences)


POSITIVES = [
    (
        "Two rangers killed as bomb hits patrol truck in Rueso",
        _j(
            "Two paramilitary rangers were killed and three wounded when a bomb hidden in a roadside ditch exploded under their pickup truck in Rueso district of Narathiwat on Tuesday morning, police said.",
            "The rangers, from the 46th Ranger Regiment, were heading out on a routine patrol of rubber plantations in tambon Bukit when the device went off shortly after 8am.",
            "The superintendent of Rueso police station said the bomb was made from a cooking gas cylinder packed with about 20 kilogrammes of explosives and set off with a mobile phone.",
            "Gunmen hiding among the rubber trees then opened fire on the wrecked vehicle, and the surviving rangers shot back until the attackers fled on foot, he said.",
            "Bomb disposal officers found a second, unexploded device about 50 metres further along the road.",
            "Soldiers and police sealed off three villages nearby and were searching houses for the attackers on Tuesday afternoon.",
            "Security officials blamed separatist insurgents of the Barisan Revolusi Nasional, which has fought for decades for greater autonomy for the Malay Muslim-majority provinces of Pattani, Yala and Narathiwat.",
            "More than 7,000 people have been killed in the region since the insurgency flared again in January 2004, according to the monitoring group Deep South Watch.",
        ),
        "E B M",
        "roadside bomb",
    ),
    (
        "Two teachers shot dead outside Nong Chik school gate",
        _j(
            "Gunmen on a motorcycle shot dead two Buddhist teachers as they drove out of their school in Nong Chik district of Pattani on Monday afternoon, police said.",
            "The victims, the 51-year-old head teacher and a 36-year-old colleague, were each hit several times by shots from an assault rifle and died at the scene.",
            "Their escort of village defence volunteers had left minutes earlier because classes had ended early for a sports day, a district official said.",
            "Investigators collected 14 spent cartridges from the road and said they would compare them with those found at earlier attacks in the province.",
            "The Confederation of Teachers of the Southern Border Provinces asked its members to close schools in the district for three days.",
            '"Teachers are soft targets. We teach the children of these villages, and still we are killed," the group\'s president told reporters outside Nong Chik Hospital.',
            "More than 180 teachers and education staff have been killed in the region since 2004, according to the confederation.",
            "The Southern Border Provinces Police Operation Centre blamed insurgents seeking to drive Buddhist civil servants out of the area, and the army said escorts would be doubled on school routes.",
        ),
        "V",
        "shooting",
    ),
    (
        "Fifteen killed in attack on Lam Phaya defence volunteer checkpoints",
        _j(
            "Insurgents armed with assault rifles and explosives attacked two security checkpoints in tambon Lam Phaya of Yala's Muang district late on Tuesday, killing 15 people, most of them village defence volunteers, in the deadliest attack in the deep South for years.",
            "The attackers scattered metal spikes and felled trees across the roads into the village to hold up reinforcements, then set off bombs near the checkpoints before opening fire, the Internal Security Operations Command's Region 4 office said.",
            "Among the dead were a deputy village headman and two volunteers in their sixties.",
            "Five other people were wounded and taken to Yala Hospital.",
            "An Isoc spokesman said between 20 and 30 gunmen took part and escaped with shotguns and M16 rifles taken from the dead.",
            "Troops and police launched a search of the surrounding hills on Wednesday and set up roadblocks on routes into Yala town.",
            "Prime Minister Prayut Chan-o-cha ordered security agencies to hunt down those responsible and said the government would not be intimidated.",
            '"They came from three sides. We could not see them in the dark," a wounded volunteer told the Bangkok Post from his hospital bed.',
        ),
        "B V E M",
        "attack",
    ),
    (
        "Car bomb at Pattani Big C wounds more than 60 shoppers",
        _j(
            "A bomb packed into a pickup truck exploded in the car park of the Big C supermarket in Pattani town on Tuesday afternoon, wounding at least 61 people, many of them women and children shopping after school.",
            "A man had telephoned the store minutes earlier to warn of a bomb, and staff were still clearing the building when it went off, police said.",
            "An earlier, smaller device near the entrance appeared to have been set off to draw people outside, the Pattani police chief said.",
            "The blast set fire to a row of parked cars and shattered the glass front of the store.",
            "Army explosives experts said the bomb contained about 100 kilogrammes of ammonium nitrate mixed with fuel oil.",
            "The seriously hurt were moved from Pattani Hospital to Songklanagarind Hospital in Hat Yai.",
            "Religious leaders from the province's Muslim and Buddhist communities condemned the bombing of a place where families of every faith shop.",
            "The attack came as talks between the government and the umbrella group Mara Patani on setting up safety zones had stalled.",
        ),
        "E V",
        "car bomb",
    ),
    (
        "Bombs hit Hua Hin, Phuket and southern provinces; police say 'local sabotage'",
        _j(
            "A wave of at least 11 bombs and several arson attacks struck tourist towns and southern provinces on Thursday night and Friday, killing four people and wounding dozens, including foreign tourists, police said.",
            "Two bombs exploded about 30 minutes apart near the clock tower in Hua Hin on Thursday night, killing a local street vendor and wounding 20 people, among them Dutch, German and Italian holidaymakers.",
            "Two more went off near Hua Hin beach on Friday morning, killing another person, and blasts also hit Patong in Phuket, Surat Thani and Trang.",
            "Police said the devices were small bombs set off by mobile phones, similar to those used in the insurgency in the deep South.",
            '"This is not terrorism. It is local sabotage," a deputy national police spokesman said, adding that investigators were looking at people opposed to the draft charter approved in a referendum on Sunday.',
            "Prime Minister Prayut Chan-o-cha said the bombs were meant to create chaos and urged the public not to panic.",
            "Several embassies updated their travel advice, and tour operators in Hua Hin reported a wave of cancellations.",
        ),
        "E V",
        "bombings",
    ),
    (
        "Three suspected insurgents killed in Bacho house siege",
        _j(
            "Three suspected insurgents were killed in a gunfight with security forces on Sunday after troops surrounded a house in Bacho district of Narathiwat where they were hiding, the Internal Security Operations Command said.",
            "About 100 soldiers, rangers and police sealed off the village before dawn after a tip-off that members of a bomb-making cell were inside, the Isoc Region 4 spokesman said.",
            "Relatives and a local imam were brought in to persuade the men to surrender, but the talks broke down in the afternoon and the men opened fire, he said.",
            "The stand-off ended after about eight hours when troops stormed the house.",
            "A ranger was wounded in the leg.",
            "Officers said they found an M16 rifle, two pistols and parts for making bombs inside.",
            "The Muslim Attorney Centre said it would ask for an independent inquiry, and a brother of one of the dead men said he had been ready to come out.",
            "Security officials said the men were wanted for a bomb attack in Tak Bai district in March that wounded four police officers.",
        ),
        "B M",
        "raid",
    ),
    (
        "Gunmen kill four at Sungai Padi tea shop, including boy of 12",
        _j(
            "Gunmen opened fire on customers at a roadside tea shop in Sungai Padi district of Narathiwat on Friday evening, killing four villagers, among them a 12-year-old boy, and wounding three others, police said.",
            "Two attackers arrived on a motorcycle shortly after 7pm and fired an AK-47 rifle and a shotgun at about a dozen men and boys watching a football match on television.",
            "The boy, the son of the shop owner, was serving drinks when he was shot, relatives said.",
            "Police found 22 spent cartridges at the scene.",
            "The Southern Border Provinces Police Operation Centre blamed insurgents and said the attack might have been revenge for the killing of a suspect by security forces in the district last month.",
            "Human Rights Watch condemned the killing and called on the BRN to stop attacks on civilians, which it said were war crimes under international law.",
            "It was the fourth attack on civilians in Narathiwat this month, according to Deep South Watch.",
            "Villagers in the area said they would stop gathering at tea shops after dark.",
        ),
        "V",
        "shooting",
    ),
    (
        "Train derailed by bomb near Na Pradu; southern line closed",
        _j(
            "A bomb exploded under the tracks as a local train was passing near Na Pradu station in Khok Pho district of Pattani on Thursday morning, derailing the locomotive and one carriage and injuring five passengers and two railway workers, police said.",
            "Rangers escorting the train traded fire with two gunmen in a nearby rubber plantation for about ten minutes before the attackers escaped.",
            "Bomb disposal officers found wires leading from the blast site to a hut about 100 metres away, where they said the device had been set off.",
            "The State Railway of Thailand suspended services between Hat Yai and Sungai Kolok while engineers repaired the line.",
            "About 150 passengers on board were taken on to Pattani and Yala by bus.",
            "The railway has been a frequent target of insurgents, who have bombed the tracks several times this year, the provincial police chief said.",
            "The Isoc Region 4 forward command ordered extra patrols along the line until the end of the month.",
        ),
        "E B",
        "bombing",
    ),
    (
        "Insurgents attack ranger base in Cho Airong, two rangers killed",
        _j(
            "Two rangers were killed and six wounded when about 30 insurgents attacked a ranger base in Cho Airong district of Narathiwat with rifles, grenades and homemade bombs early on Saturday, the army said.",
            "The attackers fired M79 grenades over the perimeter fence shortly after 1am and detonated a bomb at the main gate before trying to force their way in, a ranger commander said.",
            "The rangers held them off in a gunfight that lasted about 40 minutes, and reinforcements from a nearby base reached the scene before dawn.",
            "Soldiers later found two bodies of suspected attackers in a rubber plantation, along with an AK-47 rifle and blood trails leading into the forest.",
            "The base, in tambon Bukong, houses about 50 rangers who protect local schools and the road to the Malaysian border.",
            "Villagers living near the base said they lay on the floors of their homes while bullets flew overhead.",
            "The Fourth Army Region commander ordered a sweep of the Budo mountain range, where security officials say insurgent cells hide.",
        ),
        "B E M",
        "attack",
    ),
    (
        "Imam shot dead on his way to dawn prayers in Bannang Sata",
        _j(
            "An imam was shot dead as he rode his motorcycle to a mosque for dawn prayers in Bannang Sata district of Yala on Wednesday, police said.",
            "The 58-year-old, who had led the village mosque for more than 15 years, was hit by at least five bullets fired by a gunman riding pillion on another motorcycle.",
            "Villagers found him lying beside the road about 200 metres from the mosque shortly before 5am.",
            "Police said they suspected insurgents, because the imam had served on a provincial committee working with the authorities to persuade militants to lay down their arms.",
            "Insurgents have killed several religious leaders seen as close to the state, while rights groups have accused security forces of involvement in the killing of others suspected of sympathising with the rebels.",
            "Hundreds of mourners attended his funeral at the village cemetery later on Wednesday, where the provincial governor promised a full investigation.",
            "The Sheikhul Islam Office said attacks on religious leaders were attacks on the whole Muslim community and called on all sides to spare them.",
        ),
        "V",
        "killing",
    ),
]
