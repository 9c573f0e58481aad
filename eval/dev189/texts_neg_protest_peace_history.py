"""dev189 hard negatives: peaceful animal protests, peace deals that reach herders and parks, and
the history of animals in past wars."""

# (title, text, kind code)
NEGATIVES = [
    (
        "Thousands march through Madrid to demand an end to bullfighting",
        "Thousands of people marched through central Madrid on Saturday to demand a ban on "
        "bullfighting and an end to public subsidies for the bullrings, in one of the largest"
        " anti-bullfighting protests the capital has seen. Demonstrators carrying banners "
        'reading "Bullfighting is not culture" and photographs of wounded bulls walked from '
        "the Puerta del Sol to the Plaza de Cibeles, chanting and beating drums. Organisers "
        "put the turnout at 40,000; the government delegation in Madrid said about 8,000 "
        "people took part. The march was called by a coalition of animal rights groups and a "
        "party that campaigns for animal welfare. Polls show a majority of Spaniards now "
        "oppose bullfighting, although it retains strong support in parts of Andalusia and "
        "among some conservative politicians, who defend it as part of Spain's heritage. "
        "Several regions have cut funding for bullfights, and the culture ministry scrapped "
        "its national bullfighting prize last year. A small counter-demonstration by fans of "
        "the corrida gathered near the Las Ventas bullring. Police reported no incidents.",
        "protest",
    ),
    (
        "French shepherds bring their flocks to Lyon to protest over wolf attacks",
        "Several hundred shepherds and farmers walked through the centre of Lyon on Monday "
        "with more than 1,000 sheep, dogs and a few donkeys, to demand more help from the "
        "state against wolf attacks on their flocks. The protesters, many of them from the "
        "Alps, the Jura and the Massif Central, laid the carcasses of sheep they said had "
        'been killed by wolves in front of the regional prefecture. "Every morning I go up to'
        ' the pasture not knowing what I will find," said a shepherd from the Drome. France '
        "now has more than 1,000 wolves, and the number of sheep killed in attacks has topped"
        " 12,000 a year, according to official estimates. Farmers want the government to "
        "raise the quota of wolves that can be legally shot and speed up compensation. The "
        "prefect received a delegation and promised to pass their demands to the agriculture "
        "ministry. The march was peaceful, and the flocks were led back to trucks on the "
        "city's outskirts in the afternoon. Environmental groups held a small rally in "
        "support of the wolf nearby.",
        "protest",
    ),
    (
        "Activists march to Parliament against plan to build hotels inside Nairobi National Park",
        "Hundreds of conservationists, students and Nairobi residents marched to Parliament "
        "on Tuesday to oppose plans to allow hotels and a conference centre inside Nairobi "
        'National Park. Carrying placards reading "Our park is not for sale" and dressed as '
        "lions, rhinos and giraffes, the marchers delivered a petition with more than 70,000 "
        "signatures to the clerk of the National Assembly. The protest was peaceful, with "
        "police officers escorting the procession through the central business district. The "
        "organisers said the proposal, contained in a draft management plan by the Kenya "
        "Wildlife Service, would squeeze wildlife in a park already hemmed in by the city and"
        " cut through by a railway line. The Kenya Wildlife Service said no final decision "
        "had been taken and that public participation was ongoing. Nairobi National Park, "
        "established in 1946, is the only protected area in the world with lions, rhinos and "
        "giraffes within sight of a capital city's skyscrapers. \"This is our heritage, not a "
        'real estate opportunity," one of the organisers told the Daily Nation.',
        "protest",
    ),
    (
        "Camel herders cross Ethiopia-Eritrea border as crossings reopen after peace deal",
        "Herders drove camels and goats across the Ethiopia-Eritrea border at Zalambessa on "
        "Tuesday for the first time in two decades, as the two countries reopened crossing "
        "points under the peace agreement signed in July. Crowds gathered on both sides of "
        "the frontier to watch Prime Minister Abiy Ahmed and President Isaias Afwerki walk "
        "across together, and families separated since the 1998-2000 border war embraced in "
        "tears. Traders said they hoped to sell livestock, coffee and grain in Eritrean "
        "markets, and herders said they could again reach seasonal grazing grounds they had "
        'lost when the border closed. "My father brought camels here when I was a boy. Today '
        'I am bringing my son," said one herder from Tigray. Ethiopian Airlines has resumed '
        "flights to Asmara, and the two governments have restored telephone links. The "
        "reopening of the crossings is expected to revive the economies of border towns that "
        "have struggled for years. Officials said customs procedures would be agreed in the "
        "coming months.",
        "peace",
    ),
    (
        "Peace accord signed in Gorongosa, where park rangers once worked between the lines",
        "Mozambique's president and the leader of the former rebel movement Renamo signed a "
        "permanent ceasefire on Thursday at a ceremony in Gorongosa National Park, near the "
        "mountain where Renamo's fighters had their base. The two men shook hands in front of"
        " diplomats, park staff and villagers, and the national anthem was sung as Renamo "
        "fighters looked on. The agreement commits Renamo to disarming and demobilising its "
        "remaining fighters and integrating some into the police and army. Gorongosa's "
        "wildlife was almost wiped out during the civil war that ended in 1992, when both "
        "sides shot elephants, buffalo and zebras for meat and ivory, and fighting in the "
        "area flared again between 2013 and 2016. Since then, a restoration project has "
        "brought back wild dogs and leopards, and elephant numbers have climbed to more than "
        "800. The park's director said lasting peace would allow tourism and jobs to grow in "
        "the communities around it. A general peace agreement is due to be signed in Maputo "
        "next week, ahead of elections in October.",
        "peace",
    ),
    (
        "Colombia and FARC dissident faction agree to curb Amazon deforestation in talks",
        "Colombia's government and a FARC dissident faction agreed on Friday to set up a "
        "joint plan to reduce deforestation in the Amazon, at the close of a round of peace "
        "talks in Bogota. The two sides said the faction would stop enforcing rules that "
        "allowed settlers to clear forest for cattle ranching and coca, and that the state "
        "would expand its programmes for farmers willing to restore forests. The agreement "
        "also provides for biologists and park staff to return to areas of the Tinigua and "
        "Macarena parks that they left years ago. The government's chief negotiator called it"
        ' "an agreement for peace with nature as well as between people". Environmental '
        "groups welcomed the deal but said it would be judged by satellite images, not words."
        " Deforestation in the Colombian Amazon fell sharply last year, a drop the government"
        " attributed partly to the talks. The next round is due to begin in Caracas in six "
        "weeks. A bilateral ceasefire between the two sides remains in force.",
        "peace",
    ),
    (
        "Magawa, the landmine-sniffing rat awarded a gold medal, dies aged eight",
        "Magawa, a giant African pouched rat who became famous for sniffing out landmines in "
        "Cambodia, has died at the age of eight, the charity that trained him said. During a "
        "five-year career he found more than 100 landmines and other explosives, helping to "
        "clear about 225,000 square metres of land, the equivalent of 42 football pitches. In"
        " 2020 he became the first rat to receive the PDSA Gold Medal, the animal equivalent "
        'of the George Cross, for "lifesaving devotion to duty". The charity, APOPO, said '
        "Magawa had been in good health and spent most of last week playing, before slowing "
        "down and sleeping more in his final days. Cambodia is still littered with millions "
        "of mines and unexploded bombs left from decades of war that ended in the late 1990s,"
        " and they continue to kill and maim farmers and children. Trained rats are light "
        "enough not to set off the mines and can search a tennis-court-sized area in 20 "
        "minutes, a job that would take a person with a metal detector days. Magawa retired "
        'last year. His handlers said he had been a "true hero". Born in Tanzania, he was '
        "trained at the charity's centre in Morogoro, where rats are taught to scratch the "
        "ground when they smell explosives and are rewarded with bananas and peanuts. APOPO "
        "also trains rats to detect tuberculosis in samples from patients. The charity said a"
        " new generation of rats was already at work in Cambodia's northwest. Cambodia aims "
        "to be free of mines by 2025, a target officials concede may slip.",
        "history",
    ),
    (
        "Purple poppies laid for the animals that served and died in war",
        "Dog handlers, former cavalry soldiers and schoolchildren laid wreaths of purple "
        "poppies at the Animals in War Memorial on London's Park Lane on Sunday, in a "
        "ceremony honouring the millions of horses, dogs, pigeons and other animals that "
        "served and died in the world wars. Eight million horses are estimated to have died "
        "in the First World War alone, many of them from exhaustion, disease and shellfire on"
        " the Western Front. A military working dog that served in Afghanistan led the "
        'procession, alongside a police horse and a handler carrying a pigeon basket. "They '
        'had no choice, and they gave everything," said the veteran who read the dedication. '
        'The memorial, unveiled in 2004, bears the inscription "They had no choice". The '
        "purple poppy, sold by an animal charity, has grown in popularity in recent years "
        "alongside the red poppy of the Royal British Legion. A two-minute silence was held "
        "at 11 o'clock. Organisers said it was the largest attendance since the memorial "
        "opened.",
        "history",
    ),
    (
        "Archaeologists find remains of First World War horses near Ypres",
        "Archaeologists excavating ahead of a housing development near Ypres have found the "
        "skeletons of at least 14 horses believed to have been killed in the First World War,"
        " the Flemish heritage agency said. The animals were buried in a large pit near the "
        "site of a British field hospital and supply depot, along with horseshoes, harness "
        "buckles and a few shell fragments. Some of the bones show marks of shrapnel wounds, "
        "while others suggest the horses were put down after injury or illness, the "
        "researchers said. Horses and mules carried ammunition, food and guns through the mud"
        ' of the Ypres salient, and hundreds of thousands died on the Western Front. "It is '
        'rare to find them like this, buried with some care," said the lead archaeologist. '
        "The remains will be studied to learn about the animals' diet, age and origin, and "
        "some may have come from Britain, Argentina or the United States. The site had also "
        "yielded the remains of trenches and a soldier's personal belongings. The excavation "
        "is due to finish next month.",
        "history",
    ),
    (
        "Sarajevo zoo, where animals starved during the siege, reopens after renovation",
        "Sarajevo's zoo reopened on Saturday after a two-year renovation, nearly three "
        "decades after most of its animals died during the siege of the city in the 1990s "
        "war. Families queued at the gates of the Pionirska Dolina park to see new enclosures"
        " for brown bears, lions and a pair of tigers donated by a zoo in the Netherlands. "
        "During the siege, the zoo lay on the front line, and keepers were shot by snipers as"
        " they tried to feed the animals; the last survivor, a brown bear, starved to death "
        'in 1992. "My grandfather used to tell me about the bear that was left alone," said a'
        " 12-year-old visitor. The renovation was funded by the city and European donors, and"
        " a small exhibit near the entrance tells the story of the zoo during the war. The "
        "zoo's director said it now meets European animal welfare standards. About 100,000 "
        "visitors are expected in the first year. The mayor said the reopening was a sign "
        "that the city had healed.",
        "history",
    ),
]
