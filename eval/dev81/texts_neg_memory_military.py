"""eval/dev81 negatives: anniversaries, memorials, memorial matches, military tattoos, flypasts,
sport politics over the war in Ukraine, peace camps, fashion.
"""

NEGATIVES = [
    (
        "Premier League clubs mark Armistice weekend with poppies and silence",
        "Players across the Premier League wore poppies embroidered on their shirts this "
        "weekend and observed a minute's silence before kick-off to mark Armistice Day. At "
        "Wembley, a bugler played the Last Post as veterans laid a wreath on the pitch. The "
        "shirts will be auctioned for armed forces charities.",
        "history",
    ),
    (
        "Christmas truce football match recreated in Flanders",
        "British and German army teams played a football match near Ypres on Saturday to mark "
        "the centenary of the Christmas truce of 1914, when soldiers left their trenches to "
        "play on no man's land. The German side won 1-0. Relatives of soldiers who fought in "
        "the truce watched from the touchline.",
        "history",
    ),
    (
        "D-Day veterans watch flypast as Normandy marks 80th anniversary",
        "Veterans in their late nineties watched Spitfires fly over Omaha Beach on Thursday "
        "as world leaders marked the 80th anniversary of the D-Day landings. A choir sang at "
        "the American cemetery at Colleville-sur-Mer. Organisers said it could be the last "
        "major anniversary attended by veterans of the assault.",
        "history",
    ),
    (
        "Memorial concert in Manchester marks five years since arena bombing",
        "A choir of survivors and victims' relatives sang at a memorial concert in Manchester "
        "on Sunday, five years after the suicide bombing at the city's arena. The names of "
        "the 22 people killed were read out. Organisers said the concert was about hope, not "
        "the attack.",
        "history",
    ),
    (
        "Memorial match for Chapecoense players draws 50,000",
        "A memorial match for the players of Brazilian club Chapecoense killed in a plane "
        "crash five years ago drew 50,000 people to a stadium in Sao Paulo on Sunday. "
        "Survivors of the crash kicked off the game. Proceeds will go to the families.",
        "history",
    ),
    (
        "Hiroshima peace concert draws Japanese pop stars",
        "Japanese pop and rock stars played a concert for peace in Hiroshima on Saturday "
        "evening, the eve of the anniversary of the atomic bombing in 1945. The mayor read a "
        "message from survivors calling for nuclear weapons to be abolished. More than 20,000 "
        "people attended.",
        "history",
    ),
    (
        "Museum of Dunkirk evacuation reopens with restored little ships",
        "A museum devoted to the evacuation of Allied troops from Dunkirk in 1940 reopened on "
        'Friday after a two-year refit, with three of the civilian "little ships" restored '
        "for display. The museum also shows props from Christopher Nolan's film about the "
        "evacuation. Visitor numbers doubled after the film's release.",
        "history",
    ),
    (
        "Edinburgh tattoo opens with massed pipes and drums",
        "The Royal Edinburgh Military Tattoo opened on Friday night with more than 1,000 "
        "performers, including massed pipes and drums and military bands from nine countries, "
        "on the esplanade of Edinburgh Castle. A display by a Norwegian army drill team drew "
        "the loudest cheers. The show runs for three weeks and sells out every year. This "
        "year's finale includes fireworks over the castle.",
        "military",
    ),
    (
        "Red Arrows fly over Wimbledon finals",
        "The Royal Air Force's Red Arrows display team flew over Wimbledon on Sunday ahead of "
        "the men's singles final, trailing red, white and blue smoke. Members of the armed "
        "forces who serve as stewards at the tournament were given a standing ovation. The "
        "team is due at the Silverstone Grand Prix next week.",
        "military",
    ),
    (
        "Super Bowl flyover features stealth bomber and fighter jets",
        "A B-2 stealth bomber flanked by two F-22 and two F-35 fighter jets flew over the "
        "stadium as the national anthem ended at the Super Bowl on Sunday. The Air Force said "
        "the flyover had been planned for months. Some fans said the roar drowned out the "
        "singer.",
        "military",
    ),
    (
        "Army recruits esports players to its gaming team",
        "The British Army said it had recruited 15 soldiers to its new esports team, which "
        "will compete in shooter and strategy games against other armed forces. Officers said "
        "gaming skills help with drone operation. Critics said it was a recruitment drive "
        "aimed at teenagers.",
        "military",
    ),
    (
        "Navy band tours Japan with jazz programme",
        "The US Navy's jazz band began a two-week tour of Japan on Monday with a concert in "
        "Yokosuka, home of the Seventh Fleet. The band played Glenn Miller tunes and pop "
        "covers for an audience of sailors and local residents. Tickets were free.",
        "military",
    ),
    (
        "FIFA and UEFA suspend Russian teams from all competitions",
        "FIFA and UEFA suspended Russian national teams and clubs from all competitions on "
        "Monday until further notice, after Russia's invasion of Ukraine. The decision means "
        "Russia will miss the World Cup qualifying playoffs. The Russian football union said "
        "it would appeal to sport's highest court.",
        "politics",
    ),
    (
        "IOC allows Russian athletes to compete as neutrals",
        "The International Olympic Committee said on Friday that athletes with Russian and "
        "Belarusian passports could compete at the Paris Olympics as neutrals, without flags "
        "or anthems, if they do not support the war and are not attached to the army. "
        "Ukraine's sports minister called the decision shameful. About 15 Russians are "
        "expected to qualify.",
        "politics",
    ),
    (
        "Olympic truce resolution adopted at United Nations",
        "The UN General Assembly adopted the traditional Olympic truce resolution on Tuesday, "
        "calling on states to stop hostilities from a week before the Games to a week after "
        "the Paralympics. The text was co-sponsored by 118 countries. Russia abstained.",
        "peace",
    ),
    (
        "Football for peace camp brings Israeli and Palestinian children together",
        "About 60 Israeli and Palestinian children trained together at a summer football camp "
        "run by a peace charity near Jerusalem this week. Coaches from both communities ran "
        "the sessions in Hebrew, Arabic and English. Organisers said the aim was to build "
        "friendships across the divide.",
        "peace",
    ),
    (
        "Camouflage returns to the catwalk at Milan fashion week",
        "Camouflage prints, cargo pockets and combat boots dominated the menswear shows in "
        "Milan this weekend, with two houses sending out entire collections in military "
        "green. Designers said the trend was about utility rather than war. Buyers said the "
        "look would reach high-street stores by the autumn.",
        "other",
    ),
    (
        "Trench coat sales soar as brand's heritage model sells out",
        "Sales of the classic trench coat have doubled this autumn, a British luxury brand "
        "said on Thursday, as its heritage model, first made for army officers in the First "
        "World War, sold out in three sizes. The company's shares rose 4%. The brand plans to "
        "open two new stores in China.",
        "economy",
    ),
    (
        "Bombshell perfume relaunched with new bottle",
        "A lingerie brand has relaunched its best-selling Bombshell perfume in a new bottle "
        "designed by an Italian glassmaker. The scent has sold more than 30 million bottles "
        "since its launch. It goes on sale in stores on Friday.",
        "economy",
    ),
    (
        "Blitz club kids exhibition opens at London design museum",
        "An exhibition about the Blitz Club, the 1980s London nightclub that launched the New "
        "Romantic movement, opened at the Design Museum on Friday. It includes outfits, "
        "flyers and photographs from the club's nights. The curator said the club's name was "
        "a joke about the wartime spirit.",
        "entertainment",
    ),
    (
        "Poppy Appeal launches with wall of ceramic flowers",
        "The Royal British Legion launched its annual Poppy Appeal on Thursday with a wall of "
        "5,000 ceramic poppies at a London railway station. Veterans sold poppies to "
        "commuters. The appeal raised 50 million pounds last year for service members and "
        "their families.",
        "history",
    ),
    (
        "Jazz festival honours musicians of the Harlem Hellfighters regiment",
        "A jazz festival in New York paid tribute on Saturday to the band of the Harlem "
        "Hellfighters, the African-American infantry regiment whose musicians brought jazz to "
        "France in the First World War. A big band played the regiment's marches. Descendants "
        "of the musicians were in the audience.",
        "history",
    ),
    (
        "War graves of Australian soldiers found in Gallipoli",
        "Archaeologists have identified the graves of 12 Australian soldiers who died in the "
        "Gallipoli campaign of 1915, the war graves commission said. The men will be reburied "
        "with full military honours next year. Their relatives were traced through DNA tests.",
        "history",
    ),
    (
        "Former refugee footballer scores on debut for national team",
        "A midfielder who arrived in Denmark as a refugee from Afghanistan when he was nine "
        "scored on his debut for the Danish national team on Tuesday. He learned to play "
        "football in a refugee centre in Jutland. His family watched from the stands.",
        "other",
    ),
    (
        "Somalia's national team play first home match in decades",
        "Somalia's national football team played its first home match in more than 30 years "
        "in Mogadishu on Thursday, drawing 1-1 with Djibouti before a crowd of 15,000. "
        "Security was tight around the stadium. The team had played its home matches in "
        "Djibouti since the civil war began.",
        "sport",
    ),
]
