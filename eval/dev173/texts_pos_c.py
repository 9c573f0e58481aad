"""dev173 positives (3 of 3): a peace-tribunal witness killed in Cauca, Syria's coastal
inquiry, Imo, Tayouneh, the Maputo jailbreak, an execution in Iran, the Charlie Hebdo trial,
Bahir Dar, Congo's verdicts on the M23 leaders and a bomb at the Pattani court."""

# (title, text, tag codes, kind)
POSITIVES = [
    (
        "Former guerrilla who testified to Colombia's peace tribunal shot dead in Cauca",
        "A former FARC guerrilla who had testified before Colombia's Special "
        "Jurisdiction for Peace (JEP) about the recruitment of children was shot "
        "dead on Saturday in the department of Cauca, the tribunal and the UN "
        "verification mission said. The 41-year-old signatory of the 2016 peace "
        "agreement was killed by men on a motorcycle as he left a community meeting "
        "in the municipality of Caldono, according to the local ombudsman's office. "
        "The JEP said it had asked the National Protection Unit to reinforce his "
        "security after he received threats in April. Local officials blamed a "
        "dissident faction of the former FARC that rejected the agreement and still "
        "recruits teenagers in the area. Cauca has seen weeks of fighting between "
        "the army and the dissidents around the Pan-American Highway, and more than "
        "300 families from two rural districts of Caldono left their homes this "
        "week, the departmental government said. Since the accord was signed, more "
        "than 400 former combatants have been murdered, according to the peace party "
        'Comunes. "Every signatory killed is a witness the truth loses," the JEP\'s '
        "president said. The tribunal's case on child recruitment is expected to "
        "reach its first sentences next year.",
        "V B D",
        "targeted killing",
    ),
    (
        "Syria's coastal inquiry starts hearing witnesses as new killings reported "
        "in Latakia countryside",
        "A national committee set up to investigate the killing of civilians on "
        "Syria's Mediterranean coast began hearing testimony in Latakia on Tuesday, "
        "as residents reported new killings in Alawite villages in the province's "
        "countryside. The committee's spokesman told reporters it had collected "
        "hundreds of statements and would visit the worst-affected areas of Latakia, "
        "Tartus and Hama. Two residents of a village south of Jableh said by phone "
        "that gunmen in military fatigues entered houses on Monday night and shot "
        "six members of one family, including a teenager. The Syrian Observatory for "
        "Human Rights said at least 19 civilians had been killed in the area since "
        "Saturday, and that security forces had clashed with fighters loyal to the "
        "former government near the mountain town of Qardaha. One woman told the "
        "committee, according to a lawyer present, that she had watched from a "
        "rooftop in Baniyas in March as gunmen executed her husband and two sons in "
        "the street outside their house. The killings began on March 6, when "
        "fighters loyal to Bashar al-Assad attacked security checkpoints and the new "
        "government and allied factions sent thousands of reinforcements to the "
        "coast. The Observatory says more than 1,500 civilians, most of them "
        "Alawites, were killed over the following days. Syria's interior ministry "
        'said its forces were pursuing "remnants of the former regime" who had '
        "ambushed a patrol and killed three of its members. Thousands of residents "
        "have fled to Lebanon or sheltered at the Russian air base of Hmeimim since "
        "the violence began. President Ahmed al-Sharaa has promised that anyone who "
        "harmed civilians would be brought to justice. Rights groups have questioned "
        "whether the committee can investigate fighters from factions now allied "
        "with the government.",
        "V B D",
        "sectarian killings",
    ),
    (
        "Gunmen burn magistrate court, kill two police officers in Imo",
        "Gunmen on Sunday night set ablaze a magistrate court in Orlu Local "
        "Government Area of Imo State and attacked a nearby police division, killing "
        "two officers, the police have said. The spokesperson of the Imo State "
        "Police Command said the attackers, who came in Hilux vans, threw petrol "
        "bombs into the court building and engaged officers at the division in a gun "
        "duel that lasted about 40 minutes. He said a third officer was injured and "
        "that the attackers carted away rifles from the armoury. The command blamed "
        "the Eastern Security Network, the armed wing of the proscribed Indigenous "
        "People of Biafra, which has not commented. Residents said the court, which "
        "handled land and family cases, was burnt beyond repair along with its "
        "records. More than 20 police stations, courts and offices of the electoral "
        "commission have been attacked in the South-East since January, according to "
        "a Premium Times tally. The Chief Judge of Imo State ordered courts in Orlu "
        "to remain shut until further notice. Security agencies said they had "
        "launched a manhunt for the attackers.",
        "B",
        "armed attack",
    ),
    (
        "Gunfire at Beirut protest against port blast judge kills six",
        "BEIRUT (Reuters) - Gunmen opened fire on supporters of Hezbollah and Amal "
        "as they gathered to protest against the judge investigating last year's "
        "Beirut port explosion on Thursday, setting off hours of exchanges of fire "
        "in which six people were killed, the army and the two parties said. Snipers "
        "fired from buildings around the Tayouneh roundabout, and armed men from "
        "both sides shot back with automatic rifles and rocket-propelled grenades, "
        "witnesses said. The army deployed armoured vehicles and said it would fire "
        "on anyone who carried a weapon in the streets. Pupils at nearby schools "
        "sheltered in corridors as the gunfire echoed across the former front line "
        "between Christian and Shi'ite Muslim districts. The protesters were "
        "demanding the removal of Judge Tarek Bitar, whom the two parties accuse of "
        "bias after he sought to question their allies. Prime Minister Najib Mikati "
        "called for calm and declared a day of mourning. Hezbollah accused the "
        "Christian Lebanese Forces party of planning the ambush, which it denied. "
        "The Red Cross said 32 people were wounded. By evening, the army said it had "
        "arrested nine people, including a Syrian national, and that soldiers had "
        "taken up positions on the roofs of buildings in the area. Residents of Ain "
        "al-Remmaneh, the Christian district facing the roundabout, said they had "
        "hidden in stairwells as bullets hit their balconies. Bitar's investigation "
        "into the August 2020 blast, which killed more than 215 people, has been "
        "suspended several times by legal complaints from officials he summoned. The "
        "violence raised fears of a return to the sectarian bloodshed of the "
        "1975-1990 civil war, which began a few hundred metres away.",
        "B U",
        "armed clashes at protest",
    ),
    (
        "Dozens killed in Maputo jailbreak as unrest spreads after court confirms election result",
        "At least 33 inmates were killed and 15 injured when more than 1,500 "
        "prisoners broke out of a high-security jail on the outskirts of Maputo on "
        "Wednesday, Mozambique's police chief said, amid a wave of unrest after the "
        "Constitutional Council confirmed the ruling Frelimo party's victory in "
        "October's election. Bernardino Rafael said the deaths occurred in clashes "
        "between inmates and guards as prisoners overran the gates while protesters "
        "gathered outside the jail. Across the capital and in the neighbouring city "
        "of Matola, crowds burned police stations and looted shops and warehouses, "
        "and police fired live rounds and tear gas to disperse them. The interior "
        "minister said 21 people, including two police officers, had been killed in "
        "24 hours of violence. Opposition candidate Venâncio Mondlane, who says the "
        "vote was rigged, called on his supporters to keep protesting. The "
        "Constitutional Council had on Monday confirmed Daniel Chapo as winner with "
        "65% of the vote, slightly less than the electoral commission had announced. "
        "Rights groups say more than 130 people have been killed in protests since "
        "October. Many shops in the capital remained shut on Thursday.",
        "U",
        "jailbreak and unrest",
    ),
    (
        "Iran carries out first execution linked to protests as crackdown continues",
        "Iran has executed a man convicted of blocking a street in Tehran and "
        "wounding a member of the Basij militia with a knife during nationwide "
        "protests, the judiciary's news agency said, the first known execution "
        "linked to the unrest. The 23-year-old was convicted by a revolutionary "
        'court of "moharebeh", or waging war against God, after what rights groups '
        "described as a sham trial without access to a lawyer of his choosing. At "
        "least ten other people have been sentenced to death in connection with the "
        "protests, which began after the death in custody of a young Kurdish woman "
        "in September. Iran Human Rights, a Norway-based group, said security forces "
        "had killed at least 458 protesters, and that more than 18,000 people had "
        "been arrested. On Wednesday night, residents of the Kurdish city of Mahabad "
        "said security forces fired on mourners at a funeral, and videos verified by "
        "the Guardian showed crowds chanting against the supreme leader in several "
        "cities. Germany and Britain summoned Iran's envoys. \"The Islamic republic "
        'is using the gallows to frighten people off the streets," said the head of '
        "Amnesty International's Iran team. The judiciary has said the protest cases "
        "will be handled quickly. State television had broadcast what it said was "
        "the man's confession, in which he appeared with a bruised face. His family "
        "were not told of the execution in advance, according to an activist group "
        "that tracks the cases. The UN human rights office said the death penalty "
        'was being "weaponised" to punish people for exercising their rights.',
        "U V",
        "crackdown",
    ),
    (
        "Two stabbed outside former Charlie Hebdo offices as 2015 attacks trial goes on",
        "Two people were seriously wounded in a meat cleaver attack outside the "
        "former Paris offices of Charlie Hebdo on Friday, three weeks into the trial "
        "of 14 people accused of helping the gunmen who killed 12 people at the "
        "satirical magazine in 2015. France's national anti-terrorism prosecutor's "
        'office took over the investigation, and the interior minister called it "an '
        'act of Islamist terrorism". The victims, two employees of a television '
        "production company, were smoking outside the building when they were "
        "attacked, police said. The main suspect, an 18-year-old man born in "
        "Pakistan, was arrested near the Place de la Bastille with blood on his "
        "clothes. Charlie Hebdo moved out of the building after the 2015 massacre, "
        "and its address is now secret. At the special court hearing the case, "
        "survivors of the January 2015 attack had testified earlier this week about "
        "the minutes in which the Kouachi brothers shot their colleagues. A "
        "cartoonist who hid under a desk told the court how the gunmen called out "
        "the names of editors before firing, and how she had been forced at gunpoint "
        "to type in the door code. The 14 defendants, three of them tried in "
        "absentia, are accused of supplying weapons, cars and money to the Kouachis "
        "and to Amedy Coulibaly, who killed a policewoman in Montrouge and four "
        "Jewish men at a kosher supermarket in eastern Paris in the days that "
        "followed. Most of them deny knowing what the weapons were for. The magazine "
        "had reprinted the Prophet Mohammed cartoons on the opening day of the "
        "trial, drawing threats from al-Qaeda. Prime Minister Jean Castex went to "
        'the scene and promised the "fight against terrorism" would continue.',
        "T V",
        "terrorist attack",
    ),
    (
        "Fano fighters storm Bahir Dar prison as Ethiopia's Amhara conflict reaches "
        "regional capital",
        "Fighters of the Fano militia stormed the main prison in Bahir Dar, capital "
        "of Ethiopia's Amhara region, and freed thousands of inmates, including "
        "people awaiting trial, residents and a regional official told the BBC. The "
        "raid followed two days of fighting between the militia and federal troops "
        "for control of the city, in which heavy weapons were used near the "
        "university and the airport. Reports that dozens of civilians had been "
        "killed could not be independently verified, as mobile internet in the "
        "region has been cut since the government declared a state of emergency. A "
        "doctor at Felege Hiwot hospital said the morgue was full and that wounded "
        "people were being treated in corridors. Residents said court buildings in "
        "the city were closed and that judges had stayed home. Hundreds of people "
        "were seen leaving the city on foot along the road south, carrying their "
        "belongings. The federal government said the army had restored order and "
        'accused Fano of "trying to dismantle the constitutional system". Fano '
        "fighters took up arms after the government moved to disband regional forces "
        "in April.",
        "B D H",
        "militia offensive",
    ),
    (
        "Congo military court sentences Nangaa to death in absentia as M23 pushes toward Uvira",
        "A military court in Kinshasa on Thursday sentenced Corneille Nangaa, the "
        "former electoral commission chief who now leads the political alliance that "
        "includes the M23 rebels, to death in absentia for treason and war crimes, "
        "hours after fighting flared south of Bukavu. The High Military Court also "
        "passed death sentences on M23 leaders Bertrand Bisimwa and Sultani Makenga "
        "and 17 others who were not present. In South Kivu, the rebels and Congolese "
        "troops backed by Wazalendo militias clashed around Kamanyola and along the "
        "road to Uvira, local officials and residents said. Residents of the Ruzizi "
        "plain said they fled toward Uvira as shells landed near their villages, and "
        "the local civil society coordination said at least seven civilians had been "
        "killed since Tuesday. The rebels, who took Goma in January and Bukavu in "
        "February, dismissed the verdict as a political show. Congo's justice "
        'minister said the sentences would be enforced "the day they are caught". '
        "Rights groups noted that Congo lifted a moratorium on the death penalty "
        "last year. Talks between Kinshasa and the rebels in Doha have stalled.",
        "B E D",
        "battle",
    ),
    (
        "Bomb at Pattani provincial court wounds five as southern insurgency flares",
        "PATTANI, Thailand (Reuters) - A bomb hidden in a motorcycle exploded in the "
        "car park of the provincial court in Thailand's southern Pattani province on "
        "Monday, wounding five people, including a court clerk and two villagers "
        "waiting for a hearing, police said. A second device was found and defused "
        "near the court's rear gate about an hour later, police colonel Somkiat "
        "Chanthong said. No group claimed responsibility, but security officials "
        "blamed ethnic Malay Muslim insurgents who have fought for greater autonomy "
        "in the region for decades. The attack came a day after gunmen shot dead a "
        "village defence volunteer and a rubber tapper in neighbouring Narathiwat, "
        "and a week after a bomb damaged a railway line in Yala. More than 7,000 "
        "people have been killed in violence in the three southernmost provinces "
        "since 2004, according to the monitoring group Deep South Watch. The court "
        "said it would hear cases in a nearby district office for the rest of the "
        "week.",
        "E",
        "bombing at court",
    ),
]
