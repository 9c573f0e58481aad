"""Negatives of eval/dev65: ceasefires, disarmament, peace talks and hearings, anniversaries,
obituaries, films, novels and a video game (README.md)."""

NEGATIVES = [
    (
        "Colombia's ceasefire with ELN takes effect",
        (
            "A six-month bilateral ceasefire between Colombia's government and the National "
            "Liberation Army took effect at midnight on Thursday, the first such agreement with "
            "the guerrilla group. Both sides said they would suspend attacks and offensive "
            "operations, and a monitoring mechanism involving the UN and the Catholic Church began "
            'work. The president said it was "a step towards the end of the armed conflict".'
        ),
        "peace",
    ),
    (
        "FARC finishes handing weapons to UN monitors",
        (
            "The FARC finished handing over its weapons to UN monitors on Tuesday, marking the end "
            "of its existence as an armed group, the mission said. About 7,000 fighters gave up "
            "more than 7,000 rifles and pistols at 26 camps across Colombia. At a ceremony in "
            'Meta, the group\'s commander said "farewell to arms" and the president called the '
            "day historic."
        ),
        "peace",
    ),
    (
        "Government and Comuneros del Sur sign deal to destroy weapons",
        (
            "Colombia's government and the Comuneros del Sur, a splinter group of the ELN in "
            "Nariño, signed an agreement on Saturday for the group's fighters to hand over weapons "
            "and explosives for destruction. The ceremony in Pasto was attended by UN officials "
            "and the region's governor. The group said it had about 200 members. The government "
            "said the group's members would take part in rural development projects. The ELN has "
            "called them traitors."
        ),
        "peace",
    ),
    (
        "Gulf Clan and Colombian government open talks in Qatar",
        (
            "Representatives of Colombia's government and the Gulf Clan, the country's largest "
            "drug trafficking group, began talks in Doha on Wednesday on a possible process for "
            "its members to submit to justice, the two sides said. Qatar is hosting the talks. "
            "Critics said the government should not negotiate with drug traffickers. The group "
            "says it has about 9,000 members. The government said the talks would not give it "
            "political status."
        ),
        "peace",
    ),
    (
        "Gang truce in El Salvador brings sharp fall in murders, government says",
        (
            "A truce between the MS-13 and Barrio 18 gangs, brokered by a bishop and a former "
            "congressman, has cut El Salvador's murders from about 14 a day to five, the "
            "government said on Wednesday. Gang leaders were moved from a maximum-security prison "
            "to lower-security jails as part of the deal. The security minister denied that the "
            "government had negotiated with the gangs."
        ),
        "peace",
    ),
    (
        "UN Security Council renews mandate for Haiti security mission",
        (
            "The UN Security Council voted on Monday to renew for a year its authorisation of the "
            "Kenyan-led multinational mission helping Haiti's police against armed gangs, and "
            "asked the secretary-general to report on options for a larger force. China and Russia "
            "abstained. The mission has about 1,000 personnel, well short of the 2,500 planned."
        ),
        "peace",
    ),
    (
        "Colombian peace deal signed in Cartagena",
        (
            "Colombia's president and the FARC commander signed a peace agreement in Cartagena on "
            "Monday in front of 15 heads of state, using a pen made from a bullet. Guests wore "
            "white. The deal is meant to end a war that killed more than 220,000 people, and still "
            "needs to be approved in a referendum next week. The agreement, reached after four "
            "years of talks in Havana, provides for the FARC to disarm within six months and "
            "become a political party. Thousands of people gathered in the walled city, and some "
            "shouted against the deal."
        ),
        "peace",
    ),
    (
        "Former FARC commanders admit kidnapping crimes before peace court",
        (
            "Seven former members of the FARC secretariat acknowledged responsibility for "
            "thousands of kidnappings committed during the conflict at a hearing of Colombia's "
            "Special Jurisdiction for Peace on Tuesday, and asked victims for forgiveness. Some "
            "victims in the audience wept. The court will now decide on sentences, which may "
            "include restorative work instead of prison."
        ),
        "peace",
    ),
    (
        "Chile marks 50 years since military coup",
        (
            "Chile marked the 50th anniversary of the military coup on Monday with ceremonies at "
            "La Moneda palace, where the president laid flowers at the spot where the elected "
            "president died in 1973. Foreign leaders attended. Relatives of the disappeared held a "
            "vigil outside the palace the night before. The president, who was born after the "
            "coup, said democracy should never again be put at risk. Right-wing parties did not "
            "sign a joint declaration."
        ),
        "history",
    ),
    (
        "Colombia remembers victims of Bojayá church massacre 20 years on",
        (
            "Residents of Bojayá, in the Chocó department, held a Mass on Monday to mark 20 years "
            "since a gas cylinder bomb fired during fighting between the FARC and paramilitaries "
            "hit the town's church, killing about 80 people who had sheltered inside. Former FARC "
            "commanders attended a previous ceremony and asked for forgiveness. Survivors planted "
            "trees along the river."
        ),
        "history",
    ),
    (
        "Peru's former president Fujimori dies at 86",
        (
            "Peru's former president Alberto Fujimori, who defeated the Shining Path guerrillas in "
            "the 1990s and was later jailed for human rights abuses and corruption, died on "
            "Wednesday in Lima at the age of 86, his daughter said. He was pardoned and released "
            "from prison last year. The government declared three days of national mourning. His "
            "government's forced sterilisation programme and killings by a military death squad "
            "made him a divisive figure until the end."
        ),
        "history",
    ),
    (
        "Mexican students remember 1968 Tlatelolco massacre",
        (
            "Thousands of students marched from Tlatelolco to Mexico City's main square on Monday "
            "to mark 56 years since soldiers opened fire on a student rally in the Plaza of the "
            "Three Cultures. The march, held every year, was peaceful. The government recognised "
            "the killings as a state crime."
        ),
        "history",
    ),
    (
        "Haiti marks anniversary of 2010 earthquake",
        (
            "Haitians laid flowers and held Masses on Friday to mark the anniversary of the "
            "January 2010 earthquake, which killed more than 200,000 people. A small ceremony was "
            "held at the memorial in Titanyen, north of the capital."
        ),
        "history",
    ),
    (
        "Chile remembers 2019 protests five years on",
        (
            "Several thousand people gathered in Santiago's Plaza Baquedano on Friday to mark five "
            "years since the protests of October 2019, which began over a metro fare rise and "
            "became a wider movement against inequality. The gathering was festive, with music, "
            "banners and a minute of silence for the people who died during the protests. Police "
            "reported no incidents."
        ),
        "history",
    ),
    (
        "Narcos: Mexico returns for final season on Netflix",
        (
            "The third and final season of Narcos: Mexico premieres on Netflix on Friday, "
            "following the rise of the Tijuana and Juárez cartels in the 1990s after the fall of "
            "the Guadalajara cartel. The series, filmed in Mexico City and Durango, features "
            "shootouts between gunmen, kidnappings and corrupt generals. Critics praised the "
            "performance of its lead actor."
        ),
        "entertainment",
    ),
    (
        "Brazilian film on disappearance under dictatorship wins Oscar",
        (
            "A Brazilian film about a former congressman who disappeared after being taken by "
            "soldiers in 1971, and his wife's long search for the truth, won the Oscar for best "
            "international film on Sunday. Crowds in Rio de Janeiro celebrated in the street "
            "during carnival. It was Brazil's first win in the category."
        ),
        "entertainment",
    ),
    (
        "Film on Ecuadorian prison crisis premieres in Quito",
        (
            "A feature film set inside a Guayaquil prison during a gang war premiered at a "
            "festival in Quito on Friday. The director, a former journalist, said she wanted to "
            "show the lives of inmates and their mothers. Some scenes were shot in a disused "
            "prison in Cuenca. It opens in cinemas across the country in March."
        ),
        "entertainment",
    ),
    (
        "Bolivia complains about video game set in cartel-ruled version of the country",
        (
            "Bolivia's government sent a formal complaint to the French embassy over a video game "
            "that portrays the country as a narco-state controlled by a Mexican cartel, where "
            "players fight drug lords with drones and helicopters. The game's publisher said it "
            "was fiction. The game was released on Tuesday. The interior minister said the game "
            "damaged the country's image."
        ),
        "entertainment",
    ),
    (
        "Colombian novel about paramilitary massacre wins Spanish prize",
        (
            "A Colombian writer won a Spanish literary prize on Thursday for a novel told through "
            "the voices of women who survived an attack by paramilitary gunmen on a Caribbean "
            'village in 2000. The jury said it gave "dignity to the victims". The author said '
            "she had interviewed dozens of survivors over five years."
        ),
        "entertainment",
    ),
    (
        "Chihuahua bans narcocorrido concerts as states crack down on songs praising cartels",
        (
            "Several Mexican states and cities have banned concerts that praise drug traffickers "
            "after a band projected images of a cartel leader on a screen during a show in "
            "Guadalajara, officials said. Chihuahua's governor said on Tuesday that performers who "
            "glorify criminals would be fined. Musicians said the bans were censorship."
        ),
        "politics",
    ),
    (
        "Colombian army apologises to mothers of Soacha for killings of their sons",
        (
            "Colombia's army commander apologised in a ceremony in Soacha on Tuesday to the "
            "mothers of young men killed by soldiers in 2008 and falsely presented as guerrillas "
            "killed in combat. The act was ordered by the Special Jurisdiction for Peace. Some "
            "mothers held portraits of their sons; others refused to attend, saying the generals "
            "who gave the orders had not been punished."
        ),
        "peace",
    ),
    (
        "Mexican army museum displays seized cartel drones and armoured trucks",
        (
            "A museum at the defence ministry in Mexico City has added rooms showing weapons "
            "seized from cartel gunmen, including attack drones, improvised explosive devices, a "
            "home-made armoured truck and gold-plated rifles. The exhibition, closed to the public "
            "for decades, is open to journalists and students by appointment. Curators said it was "
            "meant to show the scale of the armed challenge faced by the army."
        ),
        "entertainment",
    ),
]
