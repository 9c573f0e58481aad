"""dev31 conflict items: negatives of crime and courts, sport, culture and entertainment. See build.py."""

from items import N

# ---------------------------------------------------------------- negatives: crime and courts

N(
    "Belgian customs seize record cocaine haul in Antwerp",
    "Customs officers found more than 8 tonnes of cocaine hidden in containers of bananas from Ecuador at the port of Antwerp, prosecutors said. Six people were arrested.",
    "crime",
)
N(
    "Mexico sends 29 cartel figures to the United States",
    "Mexico transferred 29 people accused of drug trafficking to the United States, among them a former cartel boss wanted for the murder of an American agent in 1985, officials said.",
    "crime",
)
N(
    "Brussels jury convicts six over 2016 bombings",
    "A jury in Brussels found six men guilty of terrorist murder over the 2016 suicide bombings at the city's airport and a metro station, which killed 32 people. Sentencing will take place in September.",
    "crime",
)
N(
    "Sarkozy begins prison sentence over Libyan campaign funds",
    "Former French president Nicolas Sarkozy began a five-year prison sentence in Paris after he was convicted of criminal conspiracy in a case about funding from Libya for his 2007 campaign. He denies wrongdoing and has appealed.",
    "crime",
)
N(
    "Duterte flown to The Hague after ICC arrest",
    "Former Philippine president Rodrigo Duterte was flown to the Netherlands after his arrest in Manila on a warrant from the International Criminal Court, which accuses him of crimes against humanity over thousands of killings during his war on drugs.",
    "crime",
)
N(
    "Man charged over murder of woman in east London park",
    "A 32-year-old man has been charged with the murder of a woman whose body was found in a park in Walthamstow, the Metropolitan Police said. He will appear in court on Monday.",
    "crime",
)
N(
    "Police rescue businessman held for ransom in Johannesburg",
    "South African police freed a businessman who had been kidnapped for ransom outside his home in Johannesburg and arrested four suspects after a shootout, a police spokesperson said.",
    "crime",
)
N(
    "Crypto entrepreneur jailed for 25 years over fraud",
    "A judge in New York sentenced Sam Bankman-Fried to 25 years in prison for stealing billions of dollars from customers of his collapsed FTX exchange.",
    "crime",
)
N(
    "US Supreme Court limits judges' nationwide injunctions",
    "The Supreme Court ruled 6-3 that federal judges cannot block a government policy for the whole country, in a case over an order restricting birthright citizenship. The court did not rule on the order itself.",
    "other",
)
N(
    "Thieves steal crown jewels from the Louvre in daylight raid",
    "Thieves stole eight pieces of 19th-century jewellery from the Louvre in Paris on Sunday morning in a raid that lasted about seven minutes, France's culture minister said. Four men used a truck fitted with a mechanical ladder to reach a first-floor window of the Apollo Gallery, cut through it with a disc cutter and smashed two display cases. The stolen items included a necklace and earrings that belonged to Empress Marie-Louise and a tiara of Empress Eugénie. A crown dropped by the thieves as they fled on scooters was found damaged near the museum. No one was hurt, though visitors were evacuated and the museum closed for the day. Prosecutors said the thieves appeared to be professionals and that the jewels could be broken up and sold. The heist renewed criticism of security at the world's most visited museum. Police arrested two suspects a week later.",
    "crime",
)
N(
    "Ten killed in shooting at school in Austrian city of Graz",
    "A former pupil opened fire at a secondary school in Graz on Tuesday morning, killing nine students and a teacher before shooting himself in a toilet, Austrian police said. Eleven other people were injured, several of them seriously. The 21-year-old had left the school without finishing his studies and owned the pistol and shotgun legally, police said. Investigators found a farewell letter at his home and a pipe bomb that did not work. The interior minister said there was no indication of a political or religious motive, and police said the attacker had acted alone. The government declared three days of national mourning, and a minute's silence was held across the country. It was the deadliest shooting in Austria's post-war history. The government later announced plans to tighten gun laws.",
    "crime",
)

# ---------------------------------------------------------------- negatives: sport

N(
    "Alcaraz beats Djokovic to retain Wimbledon title",
    "Carlos Alcaraz beat Novak Djokovic 6-2, 6-2, 7-6 in the final on Centre Court to win his second Wimbledon title in a row. Djokovic was playing two months after knee surgery.",
    "sport",
)
N(
    "Verstappen wins Japanese Grand Prix",
    "Max Verstappen led from pole position to win at Suzuka, ahead of his Red Bull team mate Sergio Pérez. Carlos Sainz finished third for Ferrari.",
    "sport",
)
N(
    "Kohli century leads India past Pakistan in Dubai",
    "Virat Kohli hit an unbeaten century as India chased down Pakistan's 241 with 45 balls to spare in the Champions Trophy. The defeat left Pakistan, the hosts, on the brink of elimination.",
    "sport",
)
N(
    "Kiptum smashes marathon world record in Chicago",
    "Kenya's Kelvin Kiptum won the Chicago Marathon in 2:00:35, cutting 34 seconds off the world record. He was 23 and running only his third marathon.",
    "sport",
)
N(
    "Celtics win 18th NBA title",
    "The Boston Celtics beat the Dallas Mavericks 106-88 to win the NBA Finals 4-1, taking the franchise's 18th championship, the most in the league's history. Jaylen Brown was named finals MVP.",
    "sport",
)
N(
    "South Africa retain Rugby World Cup",
    "The Springboks beat New Zealand 12-11 in Paris to win the Rugby World Cup for a record fourth time, after a final dominated by defence. Handré Pollard kicked all of South Africa's points.",
    "sport",
)
N(
    "Pogacar seals fourth Tour de France title",
    "Tadej Pogačar rode into Paris in the yellow jersey to win his fourth Tour de France, more than four minutes ahead of Jonas Vingegaard.",
    "sport",
)
N(
    "Ukraine reach Euro 2024 through play-off",
    "Ukraine came from behind to beat Iceland 2-1 in Wroclaw and qualify for the European Championship. The team has played its home matches abroad since Russia's full-scale invasion in 2022.",
    "sport",
)
N(
    "Usyk beats Fury to become undisputed heavyweight champion",
    "Oleksandr Usyk beat Tyson Fury on a split decision in Riyadh to become the first undisputed heavyweight world champion in 25 years. Fury was saved by the bell after being battered in the ninth round.",
    "sport",
)
N(
    "Hosts Ivory Coast win Africa Cup of Nations",
    "Ivory Coast beat Nigeria 2-1 in the final in Abidjan, with Sébastien Haller scoring the winner, completing a remarkable run after they had nearly been eliminated in the group stage.",
    "sport",
)
N(
    "Late header sends Arsenal top of the league",
    "Arsenal's defender Gabriel headed in a corner in stoppage time to beat Brentford 1-0 and move two points clear at the top of the Premier League. Their striker had earlier hit the post.",
    "sport",
)
N(
    "PSG thrash Inter to win first Champions League",
    "Paris Saint-Germain beat Inter Milan 5-0 in Munich on Saturday to win the Champions League for the first time, the biggest winning margin in the history of the final. Désiré Doué scored twice and set up another, and Achraf Hakimi opened the scoring against his former club after 12 minutes. Teenager Senny Mayulu added the fifth goal late in the game. Coach Luis Enrique, who won the competition with Barcelona in 2015, became one of a handful of managers to lift the trophy with two clubs. PSG's Qatari owners have spent billions on the club since 2011, but the title came after stars such as Lionel Messi, Neymar and Kylian Mbappé had left. Inter, who also lost the final two years ago, never recovered from conceding twice in the first 20 minutes. Tens of thousands of fans celebrated on the Champs-Élysées. The team will parade the trophy in Paris on Sunday.",
    "sport",
)
N(
    "Paris opens Olympics with ceremony on the Seine",
    "Paris opened the Olympic Games on Friday with a ceremony held along the River Seine instead of in a stadium, as athletes sailed past the city's landmarks on a flotilla of boats. Heavy rain fell for much of the four-hour show, but hundreds of thousands of spectators lined the riverbanks. Lady Gaga sang on the steps of the river, and Céline Dion performed from the Eiffel Tower at the end of the evening. The Olympic cauldron was lit by the judoka Teddy Riner and the sprinter Marie-José Pérec and lifted into the sky beneath a balloon. About 10,500 athletes from more than 200 teams are taking part. A scene that some viewers saw as a parody of the Last Supper drew complaints from church leaders, and the organisers apologised. Security was tight, with tens of thousands of police officers and soldiers on duty. The competition continues on Saturday with events in rugby sevens, swimming and cycling.",
    "sport",
)

# ---------------------------------------------------------------- negatives: culture and entertainment

N(
    "Palestinian-Israeli film 'No Other Land' wins documentary Oscar",
    "'No Other Land', made by a collective of Palestinian and Israeli film-makers about the demolition of villages in the Masafer Yatta area of the West Bank, won the Academy Award for best documentary feature.",
    "entertainment",
)
N(
    "'Oppenheimer' sweeps the Oscars",
    "Christopher Nolan's film about the physicist who led the building of the atomic bomb won seven Academy Awards, including best picture, best director and best actor for Cillian Murphy.",
    "entertainment",
)
N(
    "Swiss singer Nemo wins Eurovision",
    "Nemo won the Eurovision Song Contest in Malmö with 'The Code', becoming the first non-binary winner of the competition. Croatia came second.",
    "entertainment",
)
N(
    "Han Kang wins Nobel Prize in Literature",
    "The South Korean author Han Kang won the Nobel Prize in Literature for what the Swedish Academy called her intense poetic prose that confronts historical traumas. She is the first South Korean writer to win the prize.",
    "entertainment",
)
N(
    "Grand Theft Auto VI delayed again",
    "Rockstar Games said the next instalment of its best-selling video game series would be released in November next year rather than in May. Shares of its parent company fell 8%.",
    "entertainment",
)
N(
    "Taylor Swift's Eras tour becomes first to gross $2 billion",
    "Taylor Swift's Eras tour ended in Vancouver after 149 shows on five continents, with ticket sales of more than $2 billion, the most for any concert tour.",
    "entertainment",
)
N(
    "Actor Gene Hackman found dead at his home",
    "Gene Hackman, the Oscar-winning star of 'The French Connection' and 'Unforgiven', was found dead with his wife at their home in Santa Fe, New Mexico, police said. He was 95.",
    "entertainment",
)
N(
    "Iranian director Jafar Panahi wins Palme d'Or at Cannes",
    "The Iranian director Jafar Panahi won the Palme d'Or at the Cannes Film Festival on Saturday for 'It Was Just an Accident', a drama about former prisoners who think they have found the man who tortured them in jail. Panahi, who has been jailed and banned from travelling by Iran's authorities in the past, made the film without official permission. He received the prize from the actress Cate Blanchett to a long standing ovation. In his speech he called on Iranians to put aside their differences and work for freedom. The Grand Prix went to the Norwegian director Joachim Trier for 'Sentimental Value'. The jury was led by the French actress Juliette Binoche. Brazil's Wagner Moura won best actor for 'The Secret Agent'. A power cut in the south of France had disrupted the festival earlier in the day.",
    "entertainment",
)
