"""dev444 positives, home desk: the July 2024 uprising as reported then, hartal and blockade
violence, election-day violence, factional clashes that kill, a wage protest fired on, the 2025
Gopalganj clashes and the 2016 Gulshan cafe attack. Labels follow eval/README.md (section 1) and
the decisions in eval/dev444/README.md.

POSITIVES = [(title, text, tag codes, kind), ...]
"""


def _c(s: str) -> str:
    """One line, single spaces: the texts are wrapped here for reading only."""
    return " ".join(s.split())


POSITIVES = [
    (
        "Six killed as quota reform protesters, BCL activists and police clash in Dhaka, "
        "Chattogram and Rangpur",
        _c("""
At least six people were killed and hundreds injured yesterday as clashes between quota reform
protesters, Bangladesh Chhatra League activists and police spread across the country. In Rangpur,
a Begum Rokeya University student who was one of the coordinators of the movement died after
police fired at protesters near the campus gate, witnesses and hospital sources said. Three
people, two of them students, were killed in Chattogram's Muradpur when BCL men armed with
sticks, machetes and firearms attacked a procession and the two sides fought for nearly three
hours. In Dhaka, two bodies were brought to hospital after clashes near Science Lab and Dhaka
College, where police fired tear gas shells and rubber bullets at protesters hurling brick chips.
The emergency unit of Dhaka Medical College Hospital treated at least 140 people, most of them
with pellet wounds and injuries from sharp weapons, doctors said. Platoons of Border Guard
Bangladesh were deployed in Dhaka, Chattogram, Rangpur, Bogura and Rajshahi at night. The
education ministry ordered all universities and colleges closed until further notice, and
students were asked to vacate the residential halls. Leaders of the Anti-discrimination Students
Movement announced a countrywide complete shutdown for tomorrow and said the killings would not
stop them.
"""),
        "U",
        "clashes",
    ),
    (
        "Curfew imposed, army called out after deadliest day of quota violence; BTV centre and "
        "metro stations set on fire",
        _c("""
The government last night imposed a curfew across the country and called out the army to assist
the civil administration after at least 56 people were killed in clashes on Friday, the deadliest
day since the quota reform protests began. Hospital records gathered by our correspondents show
31 deaths in Dhaka alone, most of them from bullet wounds, as police, Rab and BGB members fired
live rounds, rubber bullets and tear gas at protesters in Rampura, Badda, Mohammadpur, Uttara and
Jatrabari. Protesters set fire to the Bangladesh Television centre in Rampura, the Mohakhali toll
plaza and two metro rail stations in Mirpur, and torched more than 50 vehicles, police said. In
Narsingdi, a crowd stormed the district jail, freed around 800 inmates and looted firearms from
its armoury, according to jail officials. Mobile internet remained suspended for a second day and
broadband connections were cut across most of the country from the evening, leaving families
unable to trace relatives. Doctors at Dhaka Medical College Hospital said the emergency
department received more than 400 injured people between noon and midnight and that blood bags
had run short. The home minister said the curfew would be relaxed for two hours on Saturday
afternoon so that people could buy essentials. Coordinators of the movement said they would not
sit for talks “over the bodies of our brothers”.
"""),
        "U",
        "riot",
    ),
    (
        "At least 91 killed on first day of non-cooperation; 13 policemen beaten to death at "
        "Enayetpur station",
        _c("""
At least 91 people, including 14 policemen, were killed across the country yesterday as
protesters demanding the prime minister's resignation clashed with police and with Awami League,
Jubo League and Chhatra League activists on the first day of the non-cooperation movement. In
Sirajganj's Enayetpur, a crowd of several thousand surrounded the police station in the
afternoon, set it on fire and beat 13 policemen to death, the police headquarters said. In
Dhaka, ruling party men armed with sticks, machetes and pistols attacked protesters at Science
Lab, Shahbagh and Uttara, and at least 11 people were killed, doctors at four hospitals said.
Protesters torched Awami League offices in Feni, Munshiganj and Bogura, and clashes in Feni's
Mohipal left eight people dead. Police fired tear gas, rubber bullets and live rounds in at least
30 districts, our correspondents reported. The government declared an indefinite curfew from
6:00pm and a three-day general holiday from Monday, and mobile internet was shut down again. The
Anti-discrimination Students Movement brought its Long March to Dhaka forward by a day, calling
on people from across the country to come to the capital on Monday.
"""),
        "U",
        "clashes",
    ),
    (
        "Mobs attack police stations, Awami League leaders' homes and Hindu houses in several "
        "districts after Hasina's flight",
        _c("""
Attacks on police stations, Awami League offices and the homes of party leaders continued in many
districts yesterday, a day after Sheikh Hasina resigned and fled to India, leaving at least 38
more people dead, according to hospital and police sources. More than 450 police stations have
been attacked, looted or set on fire since Monday afternoon, the police headquarters said, and
most officers have left their posts. In Jashore, a hotel owned by a district Awami League leader
was set ablaze by a crowd, and 24 people, including a foreign guest, died in the fire, the fire
service said. Houses and shops belonging to Hindu families were vandalised and looted in
Lalmonirhat, Thakurgaon, Dinajpur, Khulna and Satkhira, and at least four temples were attacked,
the Bangladesh Hindu Buddhist Christian Unity Council said. In Bagerhat, a Hindu schoolteacher's
home was set on fire at night while the family hid in a neighbour's house, local residents said.
Students and madrasa pupils formed groups to guard temples and minority neighbourhoods in several
towns, and the army chief urged people to refrain from attacks. The president, after a meeting
with the three service chiefs and student coordinators, dissolved parliament to clear the way for
an interim government. Traffic was thin in Dhaka, where students directed vehicles at major
intersections in the absence of traffic police.
"""),
        "U V",
        "mob violence",
    ),
    (
        "Seven burnt to death as petrol bombs hit Dhaka-bound night coach in Cumilla's "
        "Chauddagram during blockade",
        _c("""
Seven passengers were burnt to death and 16 others injured when miscreants hurled petrol bombs at
a Dhaka-bound night coach on the Dhaka-Chattogram highway in Cumilla's Chauddagram early
yesterday, as the BNP-led alliance's indefinite blockade entered its 29th day. The coach, coming
from Cox's Bazar with around 40 passengers, was hit around 3:00am near Jagannathdighi while most
passengers were asleep, police and survivors said. Survivors said two young men on a motorcycle
threw at least three bottles of petrol at the windows and the door, and the bus caught fire
within seconds. Firefighters recovered five bodies from inside the coach, while two of the
injured died at the burn unit of Dhaka Medical College Hospital. Eleven of the injured have burns
on more than 30 percent of their bodies, the burn unit's coordinator said. With yesterday's
deaths, at least 58 people have been killed in arson attacks and clashes since the blockade began
on January 6, according to our count. The prime minister condemned the attack and blamed the
opposition, while a BNP spokesman denied any involvement and demanded an impartial
investigation. Police said they had arrested three local activists of the opposition alliance in
connection with the attack.
"""),
        "E V U",
        "petrol bomb attack",
    ),
    (
        "Policeman beaten to death, chief justice's residence attacked as BNP rally clashes with "
        "police; hartal today",
        _c("""
A policeman was beaten to death and more than 200 people were injured as BNP's grand rally in
Naya Paltan descended into hours of clashes with police and Awami League activists yesterday. A
constable of Dhaka Metropolitan Police was dragged from a police box near Fakirapool and beaten
with sticks and bricks until he died, police said. A Jubo Dal leader was also killed in the
clashes near Kakrail, and his family said he was hit by a bullet. Police fired tear gas shells,
rubber bullets and sound grenades to disperse the rally, and protesters set fire to two police
boxes, an ambulance of the police hospital and at least 20 buses and microbuses. A group of
people attacked the residence of the chief justice and vandalised its gate before the rally was
called off in the afternoon. At least 25 journalists were injured while covering the clashes,
according to the Dhaka Reporters Unity. BNP announced a countrywide dawn-to-dusk hartal for
today, and police picked up the party's secretary general from his Gulshan home at night. The
home minister said the rally had been used to carry out planned violence and that those
responsible would be brought to book.
"""),
        "U",
        "clashes",
    ),
    (
        "Three killed, 40 hurt as rival Awami League factions fight with crude bombs and shotguns "
        "in Narsingdi char",
        _c("""
Three people were killed and at least 40 injured when supporters of two rival Awami League
leaders fought with crude bombs, shotguns, spears and machetes in Raipura upazila's Char Aralia
yesterday, three weeks ahead of the union parishad election. The clash broke out around 8:00am
when supporters of the incumbent chairman, who had been denied the party ticket, attacked a
campaign office of the party-nominated candidate, local residents said. The two sides exploded
at least 50 crude bombs during the four-hour fight, and several houses were vandalised and set on
fire, police said. Two of the dead were farmers who had come out to see the fighting and were hit
by shotgun pellets, their relatives said. Police fired 76 rounds of rubber bullets and tear gas to
bring the situation under control, and additional forces were deployed in the char. The
officer-in-charge of Raipura police station said 11 people had been detained and a case was being
filed. Clashes over dominance in the Meghna chars of Raipura have killed at least 17 people in
the past two years, according to local journalists. The ruling party's district unit said it
would take organisational action against those involved.
"""),
        "U E",
        "factional clash",
    ),
    (
        "Garment worker shot dead as police fire on wage protesters in Gazipur; owners shut 130 "
        "factories",
        _c("""
A garment worker was killed and at least 20 people were injured as police opened fire on workers
protesting against the newly announced minimum wage in Gazipur's Konabari yesterday. Workers from
several factories took to the Dhaka-Tangail highway in the morning, rejecting the Tk 12,500
monthly wage set by the wage board and demanding Tk 23,000. Police fired tear gas shells and
shotgun pellets when some workers threw bricks at them and vandalised a factory gate, witnesses
said. Rehana Begum, 26, a sewing operator, was hit in the head and died on the way to hospital,
her co-workers said. A second worker with pellet wounds in the chest was in critical condition at
Dhaka Medical College Hospital. At least 130 factories in Gazipur, Ashulia and Savar announced
closure for an indefinite period, citing security concerns, the owners' association said.
Industrial police said cases had been filed against around 11,000 unnamed workers over vandalism
and the burning of a factory warehouse in Konabari. Trade union leaders condemned the shooting,
called for a judicial inquiry and announced protest rallies in the industrial belts on Saturday.
"""),
        "U",
        "crackdown",
    ),
    (
        "Four killed in Gopalganj as NCP rally comes under attack; curfew declared after a day of "
        "clashes",
        _c("""
Four people were killed and more than 50 injured in Gopalganj yesterday as supporters of the
banned Awami League and its associate bodies attacked a rally of the National Citizen Party and
then fought police and army personnel in the streets for several hours. The attackers, armed with
sticks and brick chips, vandalised the stage at the Pourapark, set fire to chairs and blocked the
road to prevent NCP leaders from leaving the town, witnesses said. The party's central leaders
took shelter in the superintendent of police's office and were later escorted out in armoured
personnel carriers. Police and army personnel fired tear gas and sound grenades and later opened
fire as crowds attacked vehicles, according to witnesses, while the Inter-Services Public
Relations said force had been used in self-defence. The four dead, all young men from the town,
were brought to Gopalganj General Hospital with bullet wounds, its resident medical officer said.
The district administration imposed a 22-hour curfew from 8:00pm, and Border Guard Bangladesh
sent four more platoons. The chief adviser condemned the attack on the rally and said those
responsible would face justice. The NCP announced countrywide protest rallies for today.
"""),
        "U",
        "clashes",
    ),
    (
        "Polls marred by violence: 18 killed, over 150 polling centres torched as opposition "
        "tries to resist election",
        _c("""
At least 18 people, including a presiding officer, were killed in violence across the country
yesterday as the ruling Awami League went to the polls with the BNP-led alliance boycotting the
election and trying to resist it. Opposition activists set fire to at least 152 polling centres,
most of them schools, on the eve and morning of the election, the Election Commission said. In
Thakurgaon, Dinajpur, Bogura and Lakshmipur, police opened fire on crowds attacking polling
centres, and at least nine people were killed by bullets, according to hospital sources. A
presiding officer was beaten to death in Thakurgaon's Ranisankail when a group snatched ballot
boxes and set them alight. Crude bombs went off near polling centres in Dhaka, Chattogram,
Gaibandha and Feni, injuring at least 30 people, and voting was suspended in 139 centres. Turnout
was low across the country, with many centres nearly empty even in the afternoon. In 153 of the
300 constituencies, candidates had already been elected unopposed. The BNP chairperson, confined
to her Gulshan home for a week, called the polls a farce and announced an indefinite blockade.
"""),
        "U E",
        "election violence",
    ),
    (
        "Commandos end Gulshan cafe siege; 20 hostages found killed, six gunmen shot dead",
        _c("""
Army commandos stormed the Holey Artisan Bakery in Gulshan yesterday morning, ending a 12-hour
hostage crisis in which 20 hostages, most of them foreigners, were hacked and shot to death by the
attackers. Six gunmen were killed in the operation and one suspect was arrested, the
Inter-Services Public Relations Directorate said, adding that 13 hostages, including a Japanese
and two Sri Lankans, were rescued alive. The operation, codenamed Thunderbolt, began at 7:40am
with armoured vehicles breaking through the cafe's boundary wall and lasted 13 minutes. The
attackers, armed with pistols, machetes and crude bombs, had stormed the cafe on Friday night,
and two police officers were killed and more than 30 policemen injured when police tried to move
in and the gunmen hurled grenades at them. Nine Italians, seven Japanese, an Indian and three
Bangladeshis were among the dead, the army said. Islamic State claimed the attack through its
Amaq news agency, but the home minister said the attackers belonged to the homegrown militant
group Jamaat-ul-Mujahideen Bangladesh. The prime minister declared two days of national mourning
and vowed to root out militancy. Residents of the diplomatic zone said they had heard gunfire and
explosions through the night.
"""),
        "T V M B E",
        "terror attack",
    ),
]
