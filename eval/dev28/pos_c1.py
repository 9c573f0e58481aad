"""eval/dev28 positives: Europe and the Americas, first half.
Whole articles; see labels.py for P and N.
"""

from labels import P

ARTICLES = [
    P(
        "Wheat futures climb after missiles hit Odesa grain terminal",
        "PARIS/CHICAGO - Wheat futures rose for a third day on Thursday, with the "
        "benchmark Chicago contract up more than 2%, after another night of Russian "
        "missile and drone attacks on Ukraine's Black Sea ports. Euronext milling wheat "
        "in Paris also gained. Traders said buyers in North Africa and the Middle East "
        "were looking for other suppliers. Russian missiles struck grain terminals and "
        "warehouses in the port of Odesa and in Chornomorsk overnight, destroying about "
        "60,000 tonnes of grain, Ukraine's agriculture minister said. A port worker was "
        "killed and several were wounded, regional officials said. Ukraine's air force "
        "said it had shot down most of the drones but that several missiles got through. "
        "The strikes came days after Moscow pulled out of the Black Sea Grain Initiative, "
        "a UN- and Turkey-brokered deal that had allowed Ukraine to ship more than 32 "
        "million tonnes of food through the sea. Moscow has said it will treat ships "
        'heading to Ukrainian ports as potential military targets. "The market had priced '
        'in the end of the deal, but not a campaign against the ports," said an analyst '
        "at a Paris brokerage. Ukraine is looking at routes along the Danube and through "
        "Poland and Romania, but those carry less. The UN food agency warned that higher "
        "prices would hit poor importing countries. Weather in the US Midwest was also in "
        "focus, as hot, dry conditions threatened the maize crop. Soybean prices were "
        "little changed. Before the war, Ukraine was one of the world's largest exporters "
        "of wheat, corn and sunflower oil, and much of it went to countries in Africa and "
        "Asia. The grain deal, signed in Istanbul last July, was credited with helping to "
        "bring down food prices around the world. Turkey said it would try to persuade "
        "Russia to return to the agreement.",
        "E",
        "missile_attack",
    ),
    P(
        "Diesel prices firm as drone strike sets Ryazan refinery ablaze",
        "LONDON - European diesel prices firmed on Wednesday and Russian refined product "
        "exports looked set to fall further, after Ukrainian drones struck one of "
        "Russia's largest refineries for the second time this year. Gasoil futures in "
        "London rose 1.5%, while Brent crude was little changed at around $85 a barrel. "
        "Traders said the market was watching the growing list of refineries hit. The "
        "attack hit the Ryazan refinery, south-east of Moscow, before dawn on Wednesday, "
        "starting a large fire at a crude distillation unit, the regional governor said "
        "on Telegram. Two people were injured. Russia's defence ministry said it had "
        "destroyed dozens of Ukrainian drones over several regions overnight. A source in "
        "Ukraine's security service told reporters the refinery had been a legitimate "
        "target because it supplied fuel to the Russian army. Ryazan can process about 17 "
        "million tonnes of crude a year. Analysts estimate that the drone campaign has "
        "knocked out more than 10% of Russia's refining capacity at its peak. Moscow has "
        "banned gasoline exports for six months to protect domestic supply. Washington "
        "has urged Kyiv to stop attacking Russian energy infrastructure, fearing the "
        'effect on global oil prices, according to people familiar with the matter. "Each '
        'hit takes weeks to repair," said a consultant who follows the Russian market. '
        "European refiners, for their part, have benefited from higher margins. Ukraine "
        "has developed long-range drones that can fly more than 1,000 km, and has "
        "targeted oil depots, refineries and export terminals across western Russia this "
        "year. Russia has in turn attacked Ukraine's power plants and gas facilities. Oil "
        "traders said the effect on crude markets had been limited because Russia could "
        "export more crude instead of refined fuel.",
        "E",
        "drone_strike",
    ),
    P(
        "Kharkiv's book fair moves underground",
        "KHARKIV, Ukraine - Ukraine's largest city near the Russian border opened its "
        "annual book fair on Saturday in a metro station, with publishers setting up "
        "stalls on the platform and readings held under the ceiling of the concourse. "
        'Organisers moved the event underground for safety. "Reading is our way of saying '
        "we are still here,\" said one of them, a local publisher of children's books. "
        "Hundreds of people came in the first hour. Around 60 publishers took part, fewer "
        "than before the war, and several came from Lviv and Kyiv by overnight train. "
        "Children sat on the floor of the concourse for a reading of a picture book about "
        "a cat who lives in a metro station, written by a Kharkiv author last year. A "
        "poet who serves in the army read from a collection written at the front. Sales "
        "were brisk, organisers said, especially of history books and translated fiction. "
        '"People want to understand who they are," said a bookseller from Lviv, who had '
        "sold out of a new history of the city by lunchtime. The fair went ahead a week "
        "after one of the deadliest attacks on the city this year. Two Russian guided "
        "bombs struck the Epicentr hypermarket on the city's northern edge on a busy "
        "Saturday afternoon, when it was full of shoppers buying garden supplies and "
        "building materials, officials said. At least 19 people were killed and more than "
        "50 wounded, and the building burned for hours. Several people are still missing. "
        "Ukraine's president called the strike an example of Russian terror against "
        "civilians. Russia says it does not target civilians. Kharkiv has come under "
        "heavy attack since Russian forces opened a new offensive to the north of the "
        "city this month, and thousands of people have been evacuated from border "
        "villages. Many of the fair's visitors said they had lost someone or something in "
        'the war. "Books help me sleep," said a retired engineer carrying two novels. The '
        "fair lasts three days, and its organisers said a share of the proceeds would go "
        "to the families of those killed at the hypermarket. Before the full-scale "
        "invasion in 2022, Kharkiv had a population of about 1.4 million and was a centre "
        "of publishing, science and education. Many residents who left have returned. "
        "Schools in the city hold classes in underground classrooms, some of them built "
        "inside metro stations. Publishers said sales of Ukrainian-language books had "
        "grown strongly since the invasion.",
        "E V D",
        "airstrike",
    ),
    P(
        "French retailers count the cost of a week of rioting",
        "PARIS - French retailers said on Wednesday that more than 1,000 shops had been "
        "looted or damaged during a week of riots across the country, and that insurers "
        "faced claims of several hundred million euros. The retail federation said "
        "supermarkets, tobacconists, sports shops and banks were among the worst hit. The "
        "finance minister said the government would speed up compensation for small "
        "businesses and defer their tax payments. Rioting broke out in the Paris suburb "
        "of Nanterre after a police officer shot dead a 17-year-old driver of "
        "French-Algerian descent during a traffic stop, and spread to dozens of cities. "
        "Young people set cars and buildings on fire, threw fireworks at police and "
        "attacked town halls and police stations. The mayor of L'Hay-les-Roses said "
        "rioters had rammed a burning car into his home, injuring his wife. Police used "
        "tear gas and made more than 3,000 arrests over the week, the interior ministry "
        "said, and 45,000 officers were deployed each night at the peak of the unrest. "
        'The violence eased over the weekend. "I lost everything in one night," said the '
        "owner of a phone shop in Marseille. The officer who fired the shot has been "
        "charged with voluntary manslaughter. The riots revived debate about policing and "
        "about conditions in France's poorer suburbs. Tourism officials said some foreign "
        "visitors had cancelled trips, but that the damage to the summer season appeared "
        "limited so far. Insurers said the claims were lower than after the riots of "
        "2005, which lasted three weeks, but that the damage to public buildings was "
        "greater. The government said more than 250 police stations and dozens of schools "
        "had been attacked. Mayors of several towns called for more funding for poor "
        "neighbourhoods, and the president met with more than 200 of them at the Elysee "
        "palace.",
        "U",
        "riot",
    ),
    P(
        "Hotel housing asylum seekers set on fire as disorder spreads in England",
        "ROTHERHAM, England - Police in riot gear were attacked with bricks, fire "
        "extinguishers and planks of wood on Sunday as a crowd of several hundred people "
        "stormed a hotel housing asylum seekers in Rotherham, in South Yorkshire, and set "
        "fire to part of the building while people were inside. Residents and staff "
        "sheltered on the upper floors until officers cleared the crowd, South Yorkshire "
        "Police said. At least ten officers were injured. The disorder is the worst in "
        "England in more than a decade. It followed the killing of three young girls at a "
        "dance class in Southport last week, after false claims spread online that the "
        "suspect was a Muslim asylum seeker. Rioters have attacked mosques and police in "
        "Southport, Hartlepool, Sunderland and other towns, and looted shops. In "
        "Middlesbrough, a mob smashed the windows of houses and cars in streets where "
        'immigrants live. The prime minister called the violence "far-right thuggery" and '
        'said those involved would "regret" it. More than 150 people have been arrested. '
        "Muslim organisations said many families were afraid to leave their homes, and "
        "some mosques cancelled evening prayers. Counter-protesters gathered in several "
        "cities. Courts have begun fast-tracking cases, and the government said extra "
        "prison places had been made available. The Southport suspect, a 17-year-old born "
        "in Cardiff, has been charged with murder. The government has housed thousands of "
        "asylum seekers in hotels across the country while their claims are processed, a "
        "policy that has been the target of protests. Police chiefs said they had "
        "mobilised thousands of specialist public order officers. Social media companies "
        "have come under pressure to remove posts inciting violence, and some of those "
        "arrested were charged over what they wrote online.",
        "U V",
        "riot",
    ),
    P(
        "Christmas shoppers stay home after truck ploughs through Berlin market",
        "BERLIN - German retailers reported a drop in footfall in city centres on the "
        "last Saturday before Christmas, as many shoppers stayed away after a truck was "
        "driven into a crowded Christmas market in Berlin. The retail association said "
        "sales had nonetheless been strong online, and that it still expected the "
        "season's sales to grow by about 3% on last year. The attack took place on Monday "
        "evening at the market next to the Kaiser Wilhelm Memorial Church, when a truck "
        "drove off the road and through wooden stalls selling mulled wine and sausages, "
        "killing 12 people and injuring more than 50. The driver fled. Federal "
        "prosecutors took over the investigation, treating it as a terrorist attack, and "
        'Islamic State claimed that one of its "soldiers" had carried it out. Police have '
        "launched a Europe-wide search for a Tunisian man whose papers were found in the "
        "cab. The Polish driver of the truck was found shot dead in the cab. Chancellor "
        "Merkel said it would be hard to bear if the attacker was someone who had sought "
        "asylum in Germany. Markets across the country reopened on Thursday with concrete "
        'barriers at their entrances. "We cannot let them take Christmas from us," said a '
        "stallholder in Cologne. The Breitscheidplatz market reopened on Thursday too, "
        "with candles and flowers laid at the scene. Retailers said they hoped the last "
        "days before Christmas would make up for lost sales. The attack raised questions "
        "about security at the country's 2,500 Christmas markets, which attract millions "
        "of visitors a year, and about the handling of asylum seekers deemed dangerous by "
        "the authorities. The interior minister said he would propose tougher rules on "
        "deportations. Shares in German retailers were little changed during the week.",
        "V T",
        "vehicle_attack",
    ),
    P(
        "Georgia's EU hopes fade as police break up Tbilisi protests",
        "TBILISI - Georgia's prime minister said on Thursday that the government would "
        "not seek to open accession talks with the European Union before 2028, a decision "
        "that drew criticism from Brussels and the country's president. Georgia was "
        "granted candidate status last year, but the EU has frozen the process over a law "
        'on "foreign agents" that critics say is modelled on Russian legislation. Opinion '
        "polls show most Georgians support joining the bloc. The announcement brought "
        "thousands of people into the streets of the capital for a second night on "
        "Friday. Riot police used water cannon, tear gas and pepper spray to disperse "
        "protesters outside parliament on Rustaveli Avenue, and beat some of those they "
        "detained, according to rights groups and video footage. Protesters threw "
        "fireworks and stones at police lines and set fire to barricades. The interior "
        "ministry said more than 100 people had been detained and that dozens of officers "
        "were injured. Journalists were among those hurt. The president, who opposes the "
        'government, said she stood with the protesters. "This is not the end of our '
        'European future," said a student waving an EU flag. The ruling party accuses the '
        "opposition of trying to stage a revolution with foreign support. The United "
        "States suspended a strategic partnership with Georgia. Protests were also held "
        "in Batumi and Kutaisi. The ruling party won a parliamentary election in October "
        "that the opposition says was rigged, and opposition parties have refused to take "
        "up their seats. International observers reported pressure on voters and "
        "vote-buying. The government denies the accusations. Georgia, a country of 3.7 "
        "million people, fought a brief war with Russia in 2008.",
        "U",
        "crackdown",
    ),
    P(
        "Gas deal talks in Baku overshadowed by Karabakh offensive and exodus",
        "BAKU - European officials said talks on raising gas imports from Azerbaijan "
        "would continue, despite mounting criticism of Baku's military action in "
        "Nagorno-Karabakh. The EU signed a deal last year to double imports of "
        "Azerbaijani gas by 2027, as it seeks to replace Russian supplies. A senior EU "
        'official said the bloc needed "reliable partners" but that it was "deeply '
        'concerned" by the situation. Azerbaijan launched what it called "anti-terrorist '
        'measures" in Karabakh on Tuesday, shelling positions of the ethnic Armenian '
        "forces that controlled the region, and artillery fire was reported in the "
        "regional capital, which Armenians call Stepanakert. Local officials said at "
        "least 200 people had been killed, including civilians, before the region's "
        "leaders agreed to a ceasefire and to disarm within a day. Since then, more than "
        "100,000 of the region's roughly 120,000 ethnic Armenians have fled to Armenia "
        "along the Lachin road, the Armenian government said. Dozens were killed in a "
        "fuel depot explosion as people queued for petrol to leave. Armenia accused "
        "Azerbaijan of ethnic cleansing, which Baku denies, saying the Armenians are free "
        "to stay. Aid agencies said the new arrivals in Goris were exhausted after months "
        "of shortages in the region. European diplomats said they had little leverage "
        "over Baku. Azerbaijan's state energy company said gas exports to Europe were on "
        "schedule. Nagorno-Karabakh is internationally recognised as part of Azerbaijan "
        "but had been run by ethnic Armenians since a war in the early 1990s. Azerbaijan "
        "retook much of the surrounding territory in a war in 2020. Armenia's prime "
        "minister has criticised Russia, whose peacekeepers were in the region, for "
        "failing to act. Azerbaijan is due to host a major international climate "
        "conference next year.",
        "E M D",
        "offensive",
    ),
]
